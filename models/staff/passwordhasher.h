#pragma once

#include <QString>

namespace yc {

// PBKDF2-HMAC-SHA256 (OpenSSL) with a random 16-byte salt. The stored form
// names its own parameters, so the iteration count can rise later without
// breaking old hashes: "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>".
class PasswordHasher
{
public:
    static constexpr int kIterations = 210000; // OWASP 2023 guidance for PBKDF2-HMAC-SHA256
    static constexpr int kMinimumIterations = 100000;

    static QString hash(const QString &password, int iterations = kIterations);
    // Constant-time comparison; false for malformed or weaker-than-minimum hashes.
    static bool verify(const QString &password, const QString &stored);
    // True when a stored hash uses fewer iterations than kIterations today.
    static bool needsRehash(const QString &stored);
};

} // namespace yc
