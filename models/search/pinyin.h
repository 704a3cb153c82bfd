#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include <QString>

namespace yc::pinyin {

// Mandarin readings of the CJK Unified Ideographs of the BMP (Extension A and
// the URO), generated from Unihan at build time: toneless, ü written both
// "v" and "u", the usual reading first. Syllables are numbered 0..count()-1
// in alphabetical order.

// The syllable numbers of a character's readings; empty for anything else
// (Latin, punctuation, Extension B 𠮷 …).
std::span<const std::uint16_t> readings(char32_t c);
std::string_view syllable(int id);
int syllableCount();

// "zhong chong tong" for 重: every reading, for tests and diagnostics.
QString readingsText(char32_t c);

// Characters with at least one reading, and the generated tables' size.
int coveredCharacters();
int tableBytes();

} // namespace yc::pinyin
