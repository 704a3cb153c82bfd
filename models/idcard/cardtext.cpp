#include "cardtext.h"

#include <QCoreApplication>

namespace yc::idcard {

namespace {

class CardTextTexts
{
    Q_DECLARE_TR_FUNCTIONS(yc::idcard::CardTextTexts)
};

struct Slot
{
    int offset; // bytes into the block
    int bytes;
    QString CardText::*field;
};

// GA 490 layouts, byte offsets and sizes (see docs/devices.md). The 2023
// foreign card's English name spans two slots (52 and 220) and is handled
// apart from these tables.
constexpr Slot kResident[] = {
    {0, 30, &CardText::name},        {30, 2, &CardText::gender},      {32, 4, &CardText::ethnicity},
    {36, 16, &CardText::birthDate},  {52, 70, &CardText::address},    {122, 36, &CardText::number},
    {158, 30, &CardText::authority}, {188, 16, &CardText::validFrom}, {204, 16, &CardText::validTo},
};

constexpr Slot kHkMacaoTaiwan[] = {
    {0, 30, &CardText::name},        {30, 2, &CardText::gender},    {36, 16, &CardText::birthDate},
    {52, 70, &CardText::address},    {122, 36, &CardText::number},  {158, 30, &CardText::authority},
    {188, 16, &CardText::validFrom}, {204, 16, &CardText::validTo}, {220, 18, &CardText::passNumber},
    {238, 4, &CardText::issueCount},
};

constexpr Slot kForeign2017[] = {
    {0, 120, &CardText::englishName}, {120, 2, &CardText::gender},
    {122, 30, &CardText::number},     {152, 6, &CardText::nationality},
    {158, 30, &CardText::name},       {188, 16, &CardText::validFrom},
    {204, 16, &CardText::validTo},    {220, 16, &CardText::birthDate},
    {236, 4, &CardText::cardVersion}, {240, 8, &CardText::acceptingAuthority},
};

// The 2023 layout as the PCSC vendor header describes it (one public source;
// another vendor header names 32, 158 and 220 differently).
constexpr Slot kForeign2023[] = {
    {0, 30, &CardText::name},       {30, 2, &CardText::gender},       {32, 4, &CardText::renewalCount},
    {36, 16, &CardText::birthDate}, {122, 36, &CardText::number},     {188, 16, &CardText::validFrom},
    {204, 16, &CardText::validTo},  {242, 6, &CardText::nationality}, {250, 6, &CardText::previousNumberLink},
};
constexpr int kEnglishName2023First = 52;
constexpr int kEnglishName2023FirstBytes = 70;
constexpr int kEnglishName2023More = 220;
constexpr int kEnglishName2023MoreBytes = 22;

constexpr int kFlagOffset = 248;

template <std::size_t N>
constexpr std::pair<const Slot *, const Slot *> span(const Slot (&table)[N])
{
    return {table, table + N};
}

std::pair<const Slot *, const Slot *> slotsOf(CardKind kind)
{
    switch (kind) {
    case CardKind::Resident:
        return span(kResident);
    case CardKind::HkMacaoTaiwanResidence:
        return span(kHkMacaoTaiwan);
    case CardKind::ForeignPermanent2017:
        return span(kForeign2017);
    case CardKind::ForeignPermanent2023:
        return span(kForeign2023);
    }
    return span(kResident);
}

QString decode(const QByteArray &block, int offset, int bytes)
{
    QString s;
    s.reserve(bytes / 2);
    for (int i = offset; i + 1 < offset + bytes; i += 2)
        s.append(QChar(char16_t(quint8(block.at(i)) | quint8(block.at(i + 1)) << 8)));
    return s;
}

// Padding is spaces; some readers leave NULs. Neither is part of a field.
QString trimmedField(const QString &raw)
{
    const auto isPad = [](QChar c) { return c.unicode() == 0 || c.isSpace(); };
    qsizetype begin = 0;
    qsizetype end = raw.size();
    while (begin < end && isPad(raw.at(begin)))
        ++begin;
    while (end > begin && isPad(raw.at(end - 1)))
        --end;
    return raw.mid(begin, end - begin);
}

void encode(QByteArray &block, int offset, int bytes, const QString &value)
{
    const int chars = bytes / 2;
    for (int i = 0; i < chars; ++i) {
        const char16_t u = i < value.size() ? value.at(i).unicode() : u' ';
        block[offset + 2 * i] = char(u & 0xFF);
        block[offset + 2 * i + 1] = char(u >> 8);
    }
}

} // namespace

char16_t cardKindFlag(CardKind kind)
{
    switch (kind) {
    case CardKind::Resident:
        return u' ';
    case CardKind::HkMacaoTaiwanResidence:
        return u'J';
    case CardKind::ForeignPermanent2017:
        return u'I';
    case CardKind::ForeignPermanent2023:
        return u'Y';
    }
    return u' ';
}

Result<CardText> splitCardText(const QByteArray &block)
{
    if (block.size() != kTextBlockSize) {
        return Error{
            QStringLiteral("idcard.text"),
            CardTextTexts::tr("The card reader returned card data of an unexpected size; place the card "
                              "again.")};
    }
    const char16_t flag = char16_t(quint8(block.at(kFlagOffset)) | quint8(block.at(kFlagOffset + 1)) << 8);
    CardText text;
    // Older resident cards leave the reserved area as NULs.
    if (flag == u' ' || flag == 0)
        text.kind = CardKind::Resident;
    else if (flag == u'J')
        text.kind = CardKind::HkMacaoTaiwanResidence;
    else if (flag == u'I')
        text.kind = CardKind::ForeignPermanent2017;
    else if (flag == u'Y')
        text.kind = CardKind::ForeignPermanent2023;
    else {
        return Error{
            QStringLiteral("idcard.kind"),
            CardTextTexts::tr("The card is of a kind this program cannot read; enter the data by hand.")};
    }
    const auto [begin, end] = slotsOf(text.kind);
    for (const Slot *slot = begin; slot != end; ++slot)
        text.*(slot->field) = trimmedField(decode(block, slot->offset, slot->bytes));
    if (text.kind == CardKind::ForeignPermanent2023) {
        // One name over two slots: join before trimming, so a space at the
        // end of the first slot survives as the space between two words.
        text.englishName = trimmedField(decode(block, kEnglishName2023First, kEnglishName2023FirstBytes) +
                                        decode(block, kEnglishName2023More, kEnglishName2023MoreBytes));
    }
    return text;
}

QByteArray joinCardText(const CardText &text)
{
    QByteArray block(kTextBlockSize, '\0');
    encode(block, 0, kTextBlockSize, QString());
    const auto [begin, end] = slotsOf(text.kind);
    for (const Slot *slot = begin; slot != end; ++slot)
        encode(block, slot->offset, slot->bytes, text.*(slot->field));
    if (text.kind == CardKind::ForeignPermanent2023) {
        constexpr int firstChars = kEnglishName2023FirstBytes / 2;
        encode(block, kEnglishName2023First, kEnglishName2023FirstBytes, text.englishName.left(firstChars));
        encode(block, kEnglishName2023More, kEnglishName2023MoreBytes, text.englishName.mid(firstChars));
    }
    encode(block, kFlagOffset, 2, QString(QChar(cardKindFlag(text.kind))));
    return block;
}

} // namespace yc::idcard
