#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace yc {

struct ClientContext;
class StaffTab;

// The administrator's screen: staff accounts, the hall and its windows, and
// this workstation's own settings.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    explicit AdminPage(ClientContext &context, QWidget *parent = nullptr);

private:
    QWidget *buildHallTab();
    QWidget *buildWorkstationTab();
    QWidget *buildCatalogTab();
    void importCatalog();
    void showCatalogState();
    void loadHall();
    void saveHall();
    void saveWindows();

    ClientContext &m_ctx;
    QTabWidget *m_tabs;
    QLineEdit *m_hallName;
    QLineEdit *m_hallCode;
    QLineEdit *m_hallRegion;
    QLineEdit *m_hallPhone;
    QLineEdit *m_hallAddress;
    QTableWidget *m_windows;
    QLabel *m_catalogState;
    QPlainTextEdit *m_importReport;
};

} // namespace yc
