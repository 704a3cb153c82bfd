#include "app/documents/documentlayout.h"
#include "app/documents/documentrenderer.h"
#include "app/documents/qrcode.h"
#include "core/clock.h"

#include <QDir>
#include <QFile>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTranslator>

using yc::CaseDocumentData;
using yc::CaseDocumentType;
using yc::DocumentMaterialLine;
using yc::DocumentRenderer;

Q_DECLARE_METATYPE(yc::CaseDocumentType)
Q_DECLARE_METATYPE(yc::CaseDocumentData)

namespace {

// The full ID number the caller masks before it reaches the renderer; the
// test checks it never shows up in a document.
const QString rawId = QStringLiteral("370102199003151234");
const QString maskedId = QStringLiteral("3701**********1234");
const QString queryUrl =
    QStringLiteral("https://zwfw.example.gov.cn/query?projectNo=370103202611220017&password=482913");

CaseDocumentData sample(CaseDocumentType type)
{
    CaseDocumentData d;
    d.type = type;
    d.docNo = QStringLiteral("市中政务受〔2026〕17号");
    d.hallName = QStringLiteral("济南市市中区政务服务中心");
    d.hallAddress = QStringLiteral("济南市市中区英雄山路129号");
    d.hallPhone = QStringLiteral("0531-86012345");
    d.windowNo = 7;
    d.clerkName = QStringLiteral("李文静");
    // 𠮷 is beyond the BMP (U+20BB7): a surrogate pair all the way through.
    d.applicantName = QStringLiteral("𠮷祥餐饮管理有限公司");
    d.applicantIdMasked = maskedId;
    d.agentName = QStringLiteral("王建国");
    d.contactPhoneMasked = QStringLiteral("138****5678");
    d.matterName = QStringLiteral("食品经营许可（新办）");
    d.taskCode = QStringLiteral("11370103MB28530921400011211700201");
    d.projectNo = QStringLiteral("370103202611220017");
    d.queryPassword = QStringLiteral("482913");
    d.projectKindLabel = QStringLiteral("承诺件");
    d.appliedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 12), yc::hallTime::zone());
    d.acceptedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 40), yc::hallTime::zone());
    d.issuedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 5), yc::hallTime::zone());
    d.dueDate = QDate(2026, 11, 27);
    d.promiseLimitText = QStringLiteral("5个工作日");
    d.received = {
        {QStringLiteral("食品经营许可申请书"),
         QStringLiteral("原件 1份 纸质"),
         QStringLiteral("已收取"),
         {},
         {}},
        {QStringLiteral("营业执照"),
         QStringLiteral("复印件 1份"),
         QStringLiteral("免提交（电子证照）"),
         {},
         {}},
        {QStringLiteral("经营场所平面布局图"),
         QStringLiteral("原件 1份 纸质"),
         QStringLiteral("已收取"),
         {},
         {}},
    };
    d.queryUrl = queryUrl;
    switch (type) {
    case CaseDocumentType::AcceptanceReceipt:
        break;
    case CaseDocumentType::NotifyOnce:
        d.missing = {
            {QStringLiteral("食品安全管理制度文本"),
             QStringLiteral("原件 1份 加盖公章"),
             QStringLiteral("缺"),
             {},
             {}},
            {QStringLiteral("法定代表人身份证明"),
             QStringLiteral("复印件 1份"),
             QStringLiteral("不符合要求"),
             {},
             QStringLiteral("复印件不清晰")},
        };
        d.supplyDeadline = QDate(2026, 12, 4);
        break;
    case CaseDocumentType::DeficiencyNotice:
        d.missing = {
            {QStringLiteral("食品安全管理人员培训合格证明"),
             QStringLiteral("复印件 1份"),
             QStringLiteral("容缺后补"),
             QDate(2026, 11, 26),
             {}},
        };
        d.supplyDeadline = QDate(2026, 11, 26);
        d.commitment = QStringLiteral("本人（单位）自愿申请容缺受理，承诺在规定期限内补齐补正上述材料，"
                                      "并对所提交材料的真实性负责。逾期未补齐或补正材料不符合要求的，"
                                      "同意终止办理，并承担由此产生的一切后果。");
        break;
    case CaseDocumentType::RejectionNotice:
        d.reason = QStringLiteral("申请事项依法不属于本机关职权范围");
        d.competentAgency = QStringLiteral("济南市市场监督管理局");
        break;
    case CaseDocumentType::DeliveryReceipt:
        d.received = {{QStringLiteral("食品经营许可证（正本、副本）"),
                       QStringLiteral("原件 各1份"),
                       QStringLiteral("已送达"),
                       {},
                       {}}};
        d.deliveryMethod = QStringLiteral("窗口领取");
        d.deliveredAt = QDateTime(QDate(2026, 11, 27), QTime(15, 30), yc::hallTime::zone());
        break;
    }
    return d;
}

// What a Chinese translator would say, for the tests that check every
// printed label goes through tr() and for the preview images. The real
// translations live in translations/yichuang_zh_CN.ts.
class ChineseStub : public QTranslator
{
public:
    ChineseStub()
    {
        const std::initializer_list<std::pair<const char *, const char16_t *>> table{
            {"%1 (continued)", u"%1（续）"},
            {"%1 (seal)", u"%1（盖章）"},
            {"%1:", u"%1："},
            {"(seal)", u"（盖章）"},
            {"Accepted at", u"受理时间"},
            {"Address: %1", u"地址：%1"},
            {"Agent", u"代理人"},
            {"Received by (signature):", u"申请人签收："},
            {"Applicant", u"申请人"},
            {"Applicant's commitment", u"申请人承诺"},
            {"Applied at", u"申请时间"},
            {"Case information", u"办件信息"},
            {"Case type", u"办件类型"},
            {"Clerk: %1", u"经办人：%1"},
            {"Committed by (signature):", u"承诺人（签名）："},
            {"Phone", u"联系电话"},
            {"Copy 1 (kept by the applicant)", u"第一联（申请人留存）"},
            {"Copy 2 (filed)", u"第二联（存档）"},
            {"Date:", u"日期："},
            {"Delivered at", u"送达时间"},
            {"Delivery method", u"送达方式"},
            {"Documents and results delivered", u"送达文书及材料"},
            {"Due date", u"预计办结日期"},
            {"ID number", u"证件号码"},
            {"If the materials are not supplied in time or do not meet the requirements, the processing of "
             "the "
             "matter is terminated and the applicant bears the consequences.",
             u"逾期未补齐补正或者补正材料不符合要求的，终止办理，由此产生的后果由申请人承担。"},
            {"If you disagree with this decision, you may apply for administrative reconsideration within "
             "sixty "
             "days of receiving this notice, or bring an administrative lawsuit before a people's court "
             "within six "
             "months.",
             u"如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院"
             u"提起行政"
             u"诉讼。"},
            {"Task code", u"实施编码"},
            {"Material", u"材料名称"},
            {"Materials received", u"已收取材料"},
            {"Materials still missing", u"尚缺材料"},
            {"Materials submitted", u"已提交材料"},
            {"Materials to supplement or correct", u"需补正材料"},
            {"Materials to supply later", u"容缺后补材料"},
            {"Matter", u"事项名称"},
            {"No.", u"序号"},
            {"Note", u"备注"},
            {"Notice of Acceptance with Deficiencies", u"容缺受理通知书"},
            {"Notice of Acceptance", u"受理通知书"},
            {"Notice of Non-Acceptance", u"不予受理通知书"},
            {"One-Time Notice of Materials to Supplement", u"一次性告知书"},
            {"Page %1 of %2", u"第%1页 共%2页"},
            {"Please apply to the competent agency: %1.", u"请向%1提出申请。"},
            {"Please keep this notice. You can follow the progress with the project number and query "
             "password, or "
             "by scanning the QR code.",
             u"请妥善保管本通知书，可凭办件编号和查询密码或者扫描二维码查询办理进度。"},
            {"Please supplement or correct all of the above and submit the application again.",
             u"请按上述要求补正全部材料后重新提交申请。"},
            {"Please supplement or correct all of the above by %1 and submit the application again.",
             u"请于%1前按上述要求补正全部材料后重新提交申请。"},
            {"Please supply the materials above by %1.", u"请于%1前补齐补正上述材料。"},
            {"Please supply the materials above by the dates given.",
             u"请在上表所列期限内补齐补正上述材料。"},
            {"Project no.", u"办件编号"},
            {"Project no.: %1", u"办件编号：%1"},
            {"Proof of Delivery", u"送达回执"},
            {"Assist", u"帮办"},
            {"Query password: %1", u"查询密码：%1"},
            {"Reason: %1", u"不予受理理由：%1"},
            {"Recipient (signature)", u"受送达人签收"},
            {"Recipient", u"受送达人"},
            {"Requirement", u"要求"},
            {"Scan to follow the progress", u"扫码查询办件进度"},
            {"Served by (signature)", u"送达人签名"},
            {"Status", u"状态"},
            {"Supply by", u"补正期限"},
            {"Tel.: %1", u"联系电话：%1"},
            {"The matter is expected to be completed by %1.", u"预计于%1前办结。"},
            {"The promised time limit is %1.", u"承诺办结时限为%1。"},
            {"The promised time limit is %1; the matter is expected to be completed by %2.",
             u"承诺办结时限为%1，预计于%2前办结。"},
            {"This is a one-time notice: apart from the items above, no further material will be asked for.",
             u"本告知书为一次性告知，除上述所列内容外，不再要求补正其他材料。"},
            {"Time limit", u"承诺时限"},
            {"Tracking no.", u"邮件单号"},
            {"Window: %1", u"窗口：%1号"},
            {"You (your organisation) applied for %2 on %1. After review, it is decided not to accept the "
             "application.",
             u"你（单位）于%1提出的%2申请，经审查，决定不予受理。"},
            {"You (your organisation) applied for %2 on %1. After review, the application materials are "
             "complete "
             "and in the statutory form; the application is accepted.",
             u"你（单位）于%1提出的%2申请，经审查，申请材料齐全、符合法定形式，决定予以受理。"},
            {"You (your organisation) applied for %2 on %1. After review, the application materials are "
             "incomplete "
             "or not in the statutory form. Everything to be supplemented or corrected is listed below, all "
             "at once:",
             u"你（单位）于%1提出的%"
             u"2申请，经审查，申请材料不齐全或者不符合法定形式，现将需要补正的全部内容一次性告知"
             u"如下："},
            {"You (your organisation) applied for %2 on %1. After review, the basic conditions are met and "
             "the main "
             "materials are complete and in the statutory form; under the rules on acceptance with "
             "deficiencies, the "
             "application is accepted.",
             u"你（单位）于%1提出的%"
             u"2申请，经审查，基本条件具备、主要申请材料齐全且符合法定形式，根据容缺受理有关"
             u"规定，决定予以容缺受理。"},
            {"Your application for %1 has been dealt with; the result is hereby delivered to you.",
             u"你（单位）申请的%1已办理完毕，现将办理结果予以送达。"},
            {"yyyy-MM-dd", u"yyyy年M月d日"},
            {"yyyy-MM-dd HH:mm", u"yyyy年M月d日 HH:mm"},
            {"____-__-__", u"　　　　年　　月　　日"},
        };
        for (const auto &[source, target] : table)
            m_table.insert(QString::fromUtf8(source), QString::fromUtf16(target));
    }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        // The renderer's words, and the 帮办代办 mode words it takes from Codes.
        if (qstrcmp(context, "yc::DocumentRenderer") != 0 && qstrcmp(context, "yc::Codes") != 0)
            return {};
        return m_table.value(QString::fromUtf8(sourceText));
    }
    QStringList sources() const { return m_table.keys(); }

private:
    QHash<QString, QString> m_table;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void qrCodeRoundTrips();
    void qrCodeRefusesTooLongData();
    void documentContent_data();
    void documentContent();
    void deficiencyNoticeHasTwoCopies();
    void unmaskedIdIsMaskedAnyway();
    void emptyOptionalFieldsAreLeftOut();
    void longContentContinuesOnNextPages();
    void everyLabelIsTranslatable_data();
    void everyLabelIsTranslatable();
    void rareCharactersAreDrawn();
    void printsThroughQPrinter();
    void paintsPreviewImage_data();
    void paintsPreviewImage();

private:
    QString pdfText(const QString &pdf, bool layout = true, int page = 0) const;
    int pdfPages(const QString &pdf) const;
    QString decodeQr(const QString &pdf, int page) const;
    void writePreview(const CaseDocumentData &d, const QString &name) const;
    QString tool(const char *name) const;

    QTemporaryDir m_dir;
    QString m_previewDir;
};

QString TestDocuments::tool(const char *name) const
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    return path;
}

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *name : {"pdftotext", "pdftoppm", "pdfinfo", "zbarimg"}) {
        if (tool(name).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QString::fromLatin1(name))));
    }
    // YC_DOCUMENT_PREVIEW=dir keeps the preview images for a human to look at.
    m_previewDir = qEnvironmentVariable("YC_DOCUMENT_PREVIEW", m_dir.filePath(QStringLiteral("preview")));
    QDir().mkpath(m_previewDir);
}

QString TestDocuments::pdfText(const QString &pdf, bool layout, int page) const
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    const Run r = run(tool("pdftotext"), args);
    return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

int TestDocuments::pdfPages(const QString &pdf) const
{
    const Run r = run(tool("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(r.out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString TestDocuments::decodeQr(const QString &pdf, int page) const
{
    const QString prefix = pdf + QStringLiteral("-qr");
    const Run r = run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                         QString::number(page), QStringLiteral("-singlefile"), pdf, prefix});
    if (r.exitCode != 0)
        return {};
    const Run z = run(tool("zbarimg"),
                      {QStringLiteral("--raw"), QStringLiteral("-q"), prefix + QStringLiteral(".png")});
    return QString::fromUtf8(z.out).trimmed();
}

static QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

// What a PDF's text layer can hold of a string: Qt 6.4 writes 16-bit
// ToUnicode entries, so characters beyond the BMP (𠮷) are printed but not
// extractable. rareCharactersAreDrawn checks they are printed.
static QString textLayer(const QString &s)
{
    QString out;
    for (const char32_t c : s.toUcs4()) {
        if (c < 0x10000)
            out.append(QChar(char16_t(c)));
    }
    return squeeze(out);
}

void TestDocuments::writePreview(const CaseDocumentData &d, const QString &name) const
{
    const QString pdf = QDir(m_previewDir).filePath(name + QStringLiteral(".pdf"));
    QVERIFY(DocumentRenderer::writePdf(d, pdf).ok());
    const Run r = run(tool("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                                         pdf, QDir(m_previewDir).filePath(name)});
    QCOMPARE(r.exitCode, 0);
}

void TestDocuments::qrCodeRoundTrips()
{
    const auto image = yc::QrCode::encode(queryUrl.toUtf8(), 4, 4);
    QVERIFY(image.ok());
    QCOMPARE(image->width(), image->height());
    QCOMPARE(image->width() % 4, 0);
    // The quiet zone is white.
    QCOMPARE(qGray(image->pixel(0, 0)), 255);
    QCOMPARE(qGray(image->pixel(15, 15)), 255);
    QCOMPARE(qGray(image->pixel(16, 16)), 0); // the finder pattern's corner
    const QString png = m_dir.filePath(QStringLiteral("qr.png"));
    QVERIFY(image->save(png));
    const Run z = run(tool("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QCOMPARE(QString::fromUtf8(z.out).trimmed(), queryUrl);
}

void TestDocuments::qrCodeRefusesTooLongData()
{
    QVERIFY(yc::QrCode::encode(QByteArray(yc::QrCode::maxBytes, 'a'), 1, 0).ok());
    const auto tooLong = yc::QrCode::encode(QByteArray(yc::QrCode::maxBytes + 1, 'a'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().code, QStringLiteral("qr_too_long"));
    QVERIFY(!tooLong.error().message.isEmpty());
    QCOMPARE(yc::QrCode::encode(QByteArray()).error().code, QStringLiteral("qr_empty"));
    QCOMPARE(yc::QrCode::encode("x", 0).error().code, QStringLiteral("qr_bad_size"));
}

void TestDocuments::documentContent_data()
{
    QTest::addColumn<CaseDocumentType>("type");
    QTest::addColumn<int>("pages");
    QTest::newRow("acceptance") << CaseDocumentType::AcceptanceReceipt << 1;
    QTest::newRow("notify-once") << CaseDocumentType::NotifyOnce << 1;
    QTest::newRow("deficiency") << CaseDocumentType::DeficiencyNotice << 2;
    QTest::newRow("rejection") << CaseDocumentType::RejectionNotice << 1;
    QTest::newRow("delivery") << CaseDocumentType::DeliveryReceipt << 1;
}

void TestDocuments::documentContent()
{
    QFETCH(CaseDocumentType, type);
    QFETCH(int, pages);
    const CaseDocumentData d = sample(type);
    const QString pdf =
        m_dir.filePath(QStringLiteral("%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const auto written = DocumentRenderer::writePdf(d, pdf);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    writePreview(d, QStringLiteral("en-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QCOMPARE(pdfPages(pdf), pages);
    QCOMPARE(pages, DocumentRenderer::copies(type));

    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QString flat = squeeze(pdfText(pdf, false));
    QStringList expected{d.applicantName,
                         d.matterName,
                         d.projectNo,
                         d.docNo,
                         maskedId,
                         d.hallName,
                         d.hallAddress,
                         d.clerkName,
                         d.hallPhone,
                         d.queryPassword,
                         d.agentName,
                         QStringLiteral("138****5678"),
                         DocumentRenderer::title(type),
                         QStringLiteral("2026-11-20"),
                         QStringLiteral("2026-11-22")};
    // The 容缺受理通知书 lists only what is owed.
    const auto lines = type == CaseDocumentType::DeficiencyNotice ? d.missing : d.received + d.missing;
    for (const DocumentMaterialLine &m : lines)
        expected << m.name << m.requirement;
    if (type == CaseDocumentType::RejectionNotice)
        expected << d.reason << d.competentAgency;
    if (type == CaseDocumentType::DeficiencyNotice)
        expected << QStringLiteral("2026-11-26") << squeeze(d.commitment);
    if (type == CaseDocumentType::DeliveryReceipt)
        expected << d.deliveryMethod << QStringLiteral("2026-11-27 15:30");
    for (const QString &e : expected)
        QVERIFY2(flat.contains(textLayer(e)), qPrintable(QStringLiteral("missing: ") + e));
    QVERIFY(!text.contains(rawId));
    QVERIFY(!flat.contains(rawId));

    for (int page = 1; page <= pages; ++page)
        QCOMPARE(decodeQr(pdf, page), queryUrl);
}

void TestDocuments::deficiencyNoticeHasTwoCopies()
{
    const CaseDocumentData d = sample(CaseDocumentType::DeficiencyNotice);
    const QString pdf = m_dir.filePath(QStringLiteral("copies.pdf"));
    QVERIFY(DocumentRenderer::writePdf(d, pdf).ok());
    QCOMPARE(pdfPages(pdf), 2);
    const QString first = squeeze(pdfText(pdf, true, 1));
    const QString second = squeeze(pdfText(pdf, true, 2));
    QVERIFY(first.contains(squeeze(DocumentRenderer::copyLabel(d.type, 0))));
    QVERIFY(!first.contains(squeeze(DocumentRenderer::copyLabel(d.type, 1))));
    QVERIFY(second.contains(squeeze(DocumentRenderer::copyLabel(d.type, 1))));
    // Both copies carry the whole document.
    for (const QString &page : {first, second}) {
        QVERIFY(page.contains(squeeze(d.matterName)));
        QVERIFY(page.contains(squeeze(d.missing.first().name)));
    }
    QCOMPARE(DocumentRenderer::copies(CaseDocumentType::AcceptanceReceipt), 1);
    QVERIFY(DocumentRenderer::copyLabel(CaseDocumentType::AcceptanceReceipt, 0).isEmpty());
}

void TestDocuments::unmaskedIdIsMaskedAnyway()
{
    CaseDocumentData d = sample(CaseDocumentType::AcceptanceReceipt);
    d.applicantIdMasked = rawId;
    d.contactPhoneMasked = QStringLiteral("13812345678");
    const QString pdf = m_dir.filePath(QStringLiteral("unmasked.pdf"));
    QVERIFY(DocumentRenderer::writePdf(d, pdf).ok());
    const QString flat = squeeze(pdfText(pdf, false));
    QVERIFY(!flat.contains(rawId));
    QVERIFY(!flat.contains(QStringLiteral("13812345678")));
    QVERIFY(flat.contains(maskedId));
    QVERIFY(flat.contains(QStringLiteral("138****5678")));
}

void TestDocuments::emptyOptionalFieldsAreLeftOut()
{
    CaseDocumentData d;
    d.type = CaseDocumentType::AcceptanceReceipt;
    d.applicantName = QStringLiteral("张三");
    d.matterName = QStringLiteral("居民身份证换领");
    d.appliedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), yc::hallTime::zone());
    const QString pdf = m_dir.filePath(QStringLiteral("sparse.pdf"));
    QVERIFY(DocumentRenderer::writePdf(d, pdf).ok());
    writePreview(d, QStringLiteral("en-sparse"));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(d.matterName));
    for (const char *label : {"Agent", "ID number", "Phone", "Task code", "Project no",
                              "Address:", "Clerk:", "Tel.:", "Window:", "Query password", "Time limit",
                              "Materials received", "Scan to follow"}) {
        const QString translated = DocumentRenderer::tr(label);
        QVERIFY2(!text.contains(translated), label);
    }
    QCOMPARE(pdfPages(pdf), 1);
}

void TestDocuments::longContentContinuesOnNextPages()
{
    CaseDocumentData d = sample(CaseDocumentType::AcceptanceReceipt);
    QString longName;
    for (int i = 0; longName.size() < 300; ++i)
        longName += QStringLiteral("关于%1号建设项目配套设施").arg(i);
    d.matterName = longName.left(300);
    d.received.clear();
    for (int i = 1; i <= 30; ++i) {
        d.received.append(
            {QStringLiteral("申请材料第%1项（%2）")
                 .arg(i)
                 .arg(i % 3 ? QStringLiteral("附件") : QStringLiteral("𠮷证明")),
             QStringLiteral("原件 %1份 纸质，需加盖单位公章并由法定代表人签字确认").arg(i % 4 + 1),
             QStringLiteral("已收取"),
             {},
             {}});
    }
    const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
    QVERIFY(DocumentRenderer::writePdf(d, pdf).ok());
    writePreview(d, QStringLiteral("en-long"));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QCOMPARE(pages, DocumentRenderer::pageCount(d, QRectF(0, 0, 2480, 3508)));
    const QString flat = squeeze(pdfText(pdf, false));
    QVERIFY(flat.contains(d.matterName));
    for (const DocumentMaterialLine &m : d.received)
        QVERIFY2(flat.contains(textLayer(m.name)), qPrintable(m.name));
    // The table header is repeated on each page the table continues on, and
    // every page has its number, the QR code and the footer.
    for (int page = 1; page <= pages; ++page) {
        const QString text = squeeze(pdfText(pdf, true, page));
        QVERIFY(text.contains(squeeze(DocumentRenderer::tr("Page %1 of %2").arg(page).arg(pages))));
        QVERIFY(text.contains(d.hallName));
        QCOMPARE(decodeQr(pdf, page), queryUrl);
        if (page > 1)
            QVERIFY(text.contains(
                squeeze(DocumentRenderer::tr("%1 (continued)").arg(DocumentRenderer::title(d.type)))));
    }
    // The page with the table's last row repeats the header row.
    bool found = false;
    for (int page = 2; page <= pages && !found; ++page) {
        const QString text = squeeze(pdfText(pdf, true, page));
        if (text.contains(textLayer(d.received.last().name))) {
            found = true;
            QVERIFY(text.contains(squeeze(DocumentRenderer::tr("Requirement"))));
        }
    }
    QVERIFY(found);
}

void TestDocuments::everyLabelIsTranslatable_data()
{
    documentContent_data();
}

void TestDocuments::everyLabelIsTranslatable()
{
    QFETCH(CaseDocumentType, type);
    ChineseStub stub;
    QVERIFY(QCoreApplication::installTranslator(&stub));
    CaseDocumentData d = sample(type);
    // The 帮办代办 mark in the words of the interface (Codes::proxyModeLabel).
    d.proxyMode = type == CaseDocumentType::AcceptanceReceipt ? QStringLiteral("assist") : QString();
    const QString pdf =
        m_dir.filePath(QStringLiteral("zh-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
    const auto written = DocumentRenderer::writePdf(d, pdf);
    writePreview(d, QStringLiteral("zh-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
    QCoreApplication::removeTranslator(&stub);
    QVERIFY(written.ok());
    const QString flat = squeeze(pdfText(pdf, false));
    QVERIFY(flat.contains(stub.translate("yc::DocumentRenderer", qPrintable(DocumentRenderer::title(type)))));
    QVERIFY(flat.contains(QStringLiteral("2026年11月22日")));
    QVERIFY(flat.contains(QStringLiteral("扫码查询办件进度")));
    QCOMPARE(flat.contains(QStringLiteral("帮办")), !d.proxyMode.isEmpty());
    if (type == CaseDocumentType::DeficiencyNotice) {
        QVERIFY(flat.contains(QStringLiteral("第一联（申请人留存）")));
        QVERIFY(flat.contains(QStringLiteral("第二联（存档）")));
        QVERIFY(flat.contains(QStringLiteral("终止办理")));
    }
    // Apart from the data (task code, phone number, URL-free QR caption),
    // nothing in Latin letters is left: every label went through tr().
    QString rest = flat;
    rest.remove(d.taskCode);
    const auto words = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).match(rest);
    QVERIFY2(!words.hasMatch(), qPrintable(words.captured()));
}

void TestDocuments::rareCharactersAreDrawn()
{
    // 𠮷 (U+20BB7) resolves to a real glyph of a CJK font, as one cluster:
    // not a missing-glyph box, not two halves of a surrogate pair.
    const QFont font = yc::doclayout::documentFont(yc::doclayout::Scale{10}, 12);
    QTextLayout layout(QStringLiteral("𠮷祥"), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().rawFont().familyName().contains(QStringLiteral("CJK")));
    QCOMPARE(runs.first().glyphIndexes().size(), 2);
    QVERIFY(!runs.first().glyphIndexes().contains(0));
    QVERIFY(runs.first().rawFont().supportsCharacter(0x20BB7));

    // And the document paints it: the page differs from one with 吉 there.
    const auto render = [](const QString &name) {
        CaseDocumentData d = sample(CaseDocumentType::AcceptanceReceipt);
        d.applicantName = name;
        QImage image(827, 1170, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        DocumentRenderer::paint(p, image.rect(), d, 0);
        return image;
    };
    QVERIFY(render(QStringLiteral("𠮷祥餐饮管理有限公司")) != render(QStringLiteral("吉祥餐饮管理有限公司")));
}

void TestDocuments::printsThroughQPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    const CaseDocumentData d = sample(CaseDocumentType::DeficiencyNotice);
    const auto printed = DocumentRenderer::print(d, printer);
    QVERIFY2(printed.ok(), qPrintable(printed.error().message));
    QCOMPARE(pdfPages(pdf), 2);
    QVERIFY(squeeze(pdfText(pdf, false)).contains(d.docNo));
    QCOMPARE(decodeQr(pdf, 2), queryUrl);
}

void TestDocuments::paintsPreviewImage_data()
{
    QTest::addColumn<CaseDocumentData>("data");
    QTest::addColumn<int>("pages");
    QTest::newRow("rejection") << sample(CaseDocumentType::RejectionNotice) << 1;
    // Everything long at once: it wraps and flows, nothing leaves the text column.
    CaseDocumentData d = sample(CaseDocumentType::RejectionNotice);
    d.hallName = QStringLiteral("某某省某某市某某县（区）人民政府政务服务中心行政审批服务大厅第二分厅");
    d.docNo = QStringLiteral("某某县政务服务不予受〔2026〕第000000000123456789号（补发）");
    d.hallAddress = QString(6, QChar(0x4E00)) + QStringLiteral("路") + QString(60, QChar(0x4E8C));
    d.reason = QString(200, QChar(0x7406));
    d.competentAgency = QStringLiteral("某某省某某市市场监督管理局行政审批处（食品经营许可科）");
    d.received.first().note = QString(40, QChar(0x6CE8));
    d.proxyMode = QStringLiteral("proxy");
    d.proxyBadgeText = QStringLiteral("代办");
    QTest::newRow("long-fields") << d << 2;
}

void TestDocuments::paintsPreviewImage()
{
    QFETCH(CaseDocumentData, data);
    QFETCH(int, pages);
    // The same paint() a preview widget would use, on an image of any size.
    const QRect page(0, 0, 827, 1170); // A4 at 100 dpi
    QCOMPARE(DocumentRenderer::pageCount(data, page), pages);
    for (int index = 0; index < pages; ++index) {
        QImage image(page.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            DocumentRenderer::paint(p, page, data, 0, index);
        }
        image.save(QDir(m_previewDir)
                       .filePath(QStringLiteral("paint-%1-%2.png")
                                     .arg(QString::fromLatin1(QTest::currentDataTag()))
                                     .arg(index + 1)));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                dark += qGray(image.pixel(x, y)) < 128;
        }
        QVERIFY(dark > 2000);
        // The margins (25 / 20 mm at the sides, 15 / 12 mm top and bottom)
        // stay blank: nothing overflows the text column.
        const auto blank = [&](const QRect &r) {
            for (int y = r.top(); y <= r.bottom(); ++y) {
                for (int x = r.left(); x <= r.right(); ++x) {
                    if (qGray(image.pixel(x, y)) != 255)
                        return false;
                }
            }
            return true;
        };
        QVERIFY(blank(QRect(0, 0, 90, image.height())));
        QVERIFY(blank(QRect(image.width() - 72, 0, 72, image.height())));
        QVERIFY(blank(QRect(0, 0, image.width(), 52)));
        QVERIFY(blank(QRect(0, image.height() - 40, image.width(), 40)));
    }
}

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
