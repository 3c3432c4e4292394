#!/usr/bin/env python3
"""Fills ArchBoard's Qt Linguist files from dictionaries, so re-running lupdate keeps translations.

  scripts/translations.py apply      fill resources/translations/archboard_*.ts:
                                     zh_CN from resources/translations/zh_CN.tsv, en from the
                                     source text (with English singular/plural for %n strings)
  scripts/translations.py missing    print the zh_CN entries the dictionary lacks, as TSV lines
                                     ready to append to zh_CN.tsv and translate
  scripts/translations.py check      exit 1 when an entry is unfinished or a translation loses
                                     a placeholder (%1, %n, %L1) or an HTML tag of its source

zh_CN.tsv: one entry per line, CONTEXT <TAB> SOURCE <TAB> TRANSLATION. CONTEXT may be empty:
the translation then serves that source text in every context (a line with a context wins).
Tabs, newlines and backslashes inside texts are written \\t, \\n and \\\\. Lines starting with
# are comments. Run after `cmake --build build --target update_translations`
(scripts/update-translations.sh does both).
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(ROOT, 'resources', 'translations')
DICTIONARY = os.path.join(TS_DIR, 'zh_CN.tsv')

PLACEHOLDER = re.compile(r'%L?\d+|%n')
# Rich-text tags Qt renders; other <words> (e.g. "<opened>") are plain text and translated.
TAG = re.compile(r'</?(a|b|big|br|code|div|em|font|h[1-6]|hr|i|img|li|ol|p|pre|s|small|span|strong|sub|sup|table|td|th|tr|tt|u|ul)\b', re.IGNORECASE)


def unescape(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == '\\' and i + 1 < len(text):
            out.append({'n': '\n', 't': '\t', '\\': '\\'}.get(text[i + 1], '\\' + text[i + 1]))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def load_dictionary(path=DICTIONARY):
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            parts = line.split('\t')
            if len(parts) != 3:
                sys.exit(f'{path}:{number}: expected CONTEXT<TAB>SOURCE<TAB>TRANSLATION, got {len(parts)} fields')
            context, source, translation = (unescape(p) for p in parts)
            if translation:
                entries[(context, source)] = translation
    return entries


def messages(tree):
    for context in tree.getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            yield name, message


# English plurals the "(s)" rule cannot spell: plural -> singular.
IRREGULAR = {'criteria': 'criterion'}


def english_forms(source):
    """Singular and plural of an English %n text: "%n item(s)" -> "%n item", "%n items"."""
    singular = re.sub(r'\((?:s|es)\)', '', source)
    singular = singular.replace('(ies)', 'y').replace('are(is)', 'is')
    for plural_word, singular_word in IRREGULAR.items():
        singular = re.sub(r'\b%s\b' % plural_word, singular_word, singular)
    plural = re.sub(r'\((s|es)\)', r'\1', source)
    plural = re.sub(r'y\(ies\)', 'ies', plural).replace('(ies)', 'ies').replace('are(is)', 'are')
    return singular, plural


def set_translation(message, forms):
    """forms: a string, or a list of numerus forms."""
    old = message.find('translation')
    tail = old.tail if old is not None else '\n    '
    if old is not None:
        message.remove(old)
    translation = ET.SubElement(message, 'translation')
    translation.tail = tail
    if message.get('numerus') == 'yes':
        if isinstance(forms, str):
            forms = [forms]
        translation.text = '\n            '
        for i, form in enumerate(forms):
            node = ET.SubElement(translation, 'numerusform')
            node.text = form
            node.tail = '\n            ' if i + 1 < len(forms) else '\n        '
    else:
        translation.text = forms


def is_finished(message):
    translation = message.find('translation')
    return translation is not None and translation.get('type') not in ('unfinished', 'vanished', 'obsolete')


def write(tree, path):
    # The layout lupdate writes, so that its next run changes only what changed.
    body = ET.tostring(tree.getroot(), encoding='unicode', short_empty_elements=True)
    body = body.replace('&apos;', "'").replace('&quot;', '"')
    body = re.sub(r"'", '&apos;', body)
    body = body.replace('"', '&quot;')
    # Restore attribute quotes inside tags (the content escaping above only concerns text).
    body = re.sub(r'<[^<>]*>', lambda m: m.group(0).replace('&quot;', '"').replace('&apos;', "'"), body)
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def ts_path(language):
    return os.path.join(TS_DIR, f'archboard_{language}.ts')


def apply():
    dictionary = load_dictionary()
    tree = ET.parse(ts_path('zh_CN'))
    missing = 0
    for context, message in messages(tree):
        source = message.findtext('source') or ''
        translation = dictionary.get((context, source), dictionary.get(('', source)))
        if translation is None:
            missing += 1
            continue
        set_translation(message, translation)
    write(tree, ts_path('zh_CN'))

    tree = ET.parse(ts_path('en'))
    for context, message in messages(tree):
        source = message.findtext('source') or ''
        if message.get('numerus') == 'yes':
            set_translation(message, list(english_forms(source)))
        else:
            set_translation(message, source)
    write(tree, ts_path('en'))
    print(f'zh_CN: {missing} entries without a translation (scripts/translations.py missing lists them)')
    return 0 if missing == 0 else 1


def missing():
    tree = ET.parse(ts_path('zh_CN'))
    dictionary = load_dictionary()
    seen = set()
    for context, message in messages(tree):
        source = message.findtext('source') or ''
        if (context, source) in dictionary or ('', source) in dictionary or source in seen:
            continue
        seen.add(source)
        print(f'\t{escape(source)}\t')
    return 0


def check():
    problems = 0
    for language in ('en', 'zh_CN'):
        tree = ET.parse(ts_path(language))
        for context, message in messages(tree):
            source = message.findtext('source') or ''
            if not is_finished(message):
                print(f'{language}: unfinished: {context}: {source!r}')
                problems += 1
                continue
            node = message.find('translation')
            forms = [n.text or '' for n in node.findall('numerusform')] or [node.text or '']
            for form in forms:
                want = sorted(set(PLACEHOLDER.findall(source)))
                got = sorted(set(PLACEHOLDER.findall(form)))
                if want != got:
                    print(f'{language}: placeholders {want} became {got}: {context}: {source!r} -> {form!r}')
                    problems += 1
                if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
                    print(f'{language}: HTML tags differ: {context}: {source!r} -> {form!r}')
                    problems += 1
    return 1 if problems else 0


if __name__ == '__main__':
    commands = {'apply': apply, 'missing': missing, 'check': check}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    sys.exit(commands[sys.argv[1]]())
