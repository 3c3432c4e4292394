#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace ArchBoard {

/**
 * A fresh key pair and self-signed certificate for one voting session
 * (OpenSSL: EC P-256, SHA-256, valid for a week, the listening address as its
 * subject alternative name). Browsers warn about it; members compare the
 * fingerprint the projector shows with the one their browser shows.
 */
struct SelfSignedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    QString fingerprint; ///< SHA-256 of the DER certificate, "AB:CD:…"
    QString error;

    bool isNull() const { return certificatePem.isEmpty(); }
    static SelfSignedCertificate generate(const QHostAddress &address);
};

} // namespace ArchBoard
