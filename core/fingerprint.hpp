#pragma once
// A stable 64-bit hash (std::hash may change between builds) for fingerprints and keys.

#include <cstdint>
#include <string>
#include <string_view>

namespace paragraf::core {

inline constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;

/// 64-bit FNV-1a of `bytes`, continuing from `hash`.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = kFnvOffset);

/// 16 lower-case hex digits.
std::string hex64(std::uint64_t value);

}  // namespace paragraf::core
