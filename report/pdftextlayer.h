#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ArchBoard::PdfTextLayer {

/**
 * Fixes what Qt 6.4's PDF writer puts in the text layer for Chinese text.
 *
 * A font may draw two code points with one glyph: Noto Sans CJK SC draws the
 * Kangxi radical ⽣ (U+2F63) and the ideograph 生 (U+751F) alike, and 戶
 * (U+6236) and 户 (U+6237). Qt writes each glyph's text in the font's
 * ToUnicode CMap as the *lowest* code point that maps to the glyph
 * (QFontSubset::getReverseMap): searching the PDF for 生产级 or 用户 finds
 * nothing and copying gives ⽣产级 or ⽤戶.
 *
 * This rewrites such destinations in every ToUnicode CMap: a code point that
 * \a text does not contain becomes the one character of \a text drawn with
 * the same glyph in one of \a families (the fonts the PDF was set in); a
 * CJK radical with no such twin becomes the ideograph it stands for
 * (Unicode's EquivalentUnifiedIdeograph mapping). Changes are made in place
 * and keep the length (BMP code points only), so the file's cross-reference
 * table stays valid; the glyphs drawn are the same. When \a text holds both
 * code points of a glyph, one of them must lose: the entry is left as it is.
 *
 * Needs a QGuiApplication (fonts). Returns the number of destinations changed.
 */
int fixText(QByteArray *pdf, const QString &text, const QStringList &families);

/// fixText() on a PDF file another writer made (a QPrinter printing to a
/// file): rewritten (atomically) only when something changed. False with a
/// message naming the file when it cannot be read or written.
bool fixFile(const QString &path, const QString &text, const QStringList &families, QString *error);

/// The unified ideograph a CJK radical or stroke (U+2E80–U+2FD5, U+31C0–U+31E3)
/// stands for, or 0 (not such a character, or its ideograph is outside the BMP).
char16_t ideographFor(char16_t radical);

} // namespace ArchBoard::PdfTextLayer
