#pragma once

#include <optional>

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace yc {

// What the citizen said on the evaluation screen.
struct EvaluationAnswer
{
    QString level;      // very_satisfied … very_dissatisfied
    int efficiency = 0; // 服务效率 1–5, 0 = not rated
    int serviceLevel = 0;
    int attitude = 0;
    QStringList reasons; // the chips touched (bad ratings)
    QString text;

    // The stored comment: the reasons in brackets, then the citizen's words.
    QString comment() const;
};

// The citizen-facing evaluation screen (评价器) for the window's second
// monitor: touch only, large type and high contrast (适老化). Idle it shows
// the window and the clerk's staff number with 欢迎; after a service, the
// five levels as big buttons, the offline items 服务效率, 服务水平 and
// 服务态度 as 1–5 stars, and a text; a bad level (不满意, 非常不满意) asks
// for the reasons (chips, at least one) before it can be sent. After
// sending, a thank-you, then idle again; untouched for the timeout, it goes
// back to idle without a rating (the default-rating rule applies later).
// It knows nothing of the store: EvaluationPrompt submits the answer.
class EvaluationScreen : public QWidget
{
    Q_OBJECT

public:
    explicit EvaluationScreen(QWidget *parent = nullptr);

    // The reasons a bad rating can name (GB/T 39734 差评分类 was not found;
    // these follow the categories the research lists).
    static QStringList badReasons();

    void setIdentity(int windowNo, const QString &staffNo);
    // Asks for an evaluation of the service just finished (label: the
    // matter or the ticket number).
    void ask(const QString &serviceLabel);
    void showThanks();
    // Shows a message (e.g. "already evaluated") and then idle.
    void showNotice(const QString &message);
    void showIdle();
    bool isAsking() const;
    QString page() const; // idle | rate | detail | thanks

    void setTimeoutMs(int ms);
    void setThanksMs(int ms) { m_thanksMs = ms; }

signals:
    void answered(const yc::EvaluationAnswer &answer);
    // The citizen walked away without rating.
    void timedOut();

private:
    QWidget *buildIdle();
    QWidget *buildRate();
    QWidget *buildDetail();
    QWidget *buildThanks();
    void chooseLevel(const QString &level);
    void send();
    void touched();
    void updateSendEnabled();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_service = nullptr;
    QButtonGroup *m_levels = nullptr;
    QList<QButtonGroup *> m_items; // efficiency, service level, attitude
    QList<QPushButton *> m_reasonChips;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_detailHint = nullptr;
    QLabel *m_thanks = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_back = nullptr;
    QString m_level;
    int m_thanksMs = 5000;
};

} // namespace yc
