#pragma once

#include <cstdint>

// The tables yc_pinyingen generates at build time from Unihan
// (models/search/tools/pinyingen.cpp); read them through search/pinyin.h.
namespace yc::pinyindata {

// Code points covered: CJK Extension A, then the URO.
constexpr char32_t kExtAFirst = 0x3400;
constexpr char32_t kExtALast = 0x4DBF;
constexpr char32_t kUroFirst = 0x4E00;
constexpr char32_t kUroLast = 0x9FFF;

extern const int kSyllableCount;
extern const int kSetCount;
extern const int kCharsWithReadings;
extern const int kTableBytes;
// Syllable i is kSyllableText[kSyllableOffsets[i] .. kSyllableOffsets[i + 1]).
extern const char kSyllableText[];
extern const std::uint16_t kSyllableOffsets[];
// Set i is kSetMembers[kSetOffsets[i] .. kSetOffsets[i + 1]), usual reading first.
extern const std::uint16_t kSetOffsets[];
extern const std::uint16_t kSetMembers[];
// One set per covered code point; set 0 is empty.
extern const std::uint16_t kCharSets[];

} // namespace yc::pinyindata
