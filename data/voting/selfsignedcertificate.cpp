#include "selfsignedcertificate.h"

#include <QCryptographicHash>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace ArchBoard {

namespace {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

} // namespace

SelfSignedCertificate SelfSignedCertificate::generate(const QHostAddress &address)
{
    SelfSignedCertificate out;
    auto fail = [&out](const char *what) {
        out = {};
        out.error = QStringLiteral("cannot create the TLS certificate (%1)").arg(QLatin1StringView(what));
        return out;
    };
    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return fail("key");
    Cert cert(X509_new());
    Bignum serial(BN_new());
    if (!cert || !serial || !BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY)
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return fail("serial");
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 7L * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("ArchBoard voting"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    const QByteArray san = "IP:" + address.toString().toLatin1() + ",DNS:localhost";
    Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san.constData()));
    if (!ext || !X509_add_ext(cert.get(), ext.get(), -1))
        return fail("subject alternative name");
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return fail("signature");
    Bio certBio(BIO_new(BIO_s_mem()));
    Bio keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || !PEM_write_bio_X509(certBio.get(), cert.get())
        || !PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return fail("PEM");
    out.certificatePem = drain(certBio.get());
    out.privateKeyPem = drain(keyBio.get());
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(cert.get(), &der);
    if (derLength <= 0)
        return fail("DER");
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(der, derLength), QCryptographicHash::Sha256);
    OPENSSL_free(der);
    out.fingerprint = QString::fromLatin1(digest.toHex(':').toUpper());
    return out;
}

} // namespace ArchBoard
