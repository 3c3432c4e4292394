#!/usr/bin/env python3
"""Prints the keywords of Context Mapper's grammar as the C++ list in
data/interchange/cmlkeywords.cpp, so the list can be compared with a newer grammar.

Usage: scripts/cml-keywords.py ContextMappingDSL.xtext TacticDDDLanguage.xtext
(the two Xtext files of github.com/ContextMapper/context-mapper-dsl, in
org.contextmapper.dsl/src/org/contextmapper/{dsl,tactic/dsl}/).

A keyword is every quoted literal that has the shape of an identifier, every enum
literal (its name, or its quoted text when it has one). Literals with a space
("delegates to", "As a") contribute their first word: Xtext's lexer may take that
word for the start of the keyword, so it is escaped too.
"""
import re
import sys

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def keywords(paths):
    words, firsts = set(), set()
    for path in paths:
        text = open(path, encoding="utf-8").read()
        text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
        text = re.sub(r"//[^\n]*", "", text)
        for double, single in re.findall(r'"([^"\n]*)"|\'([^\'\n]*)\'', text):
            literal = double or single
            if IDENT.fullmatch(literal):
                words.add(literal)
            elif " " in literal and IDENT.fullmatch(literal.split(" ")[0]):
                firsts.add(literal.split(" ")[0])
        for enum in re.finditer(r"enum\s+\w+\s*:(.*?);", text, flags=re.S):
            for alternative in enum.group(1).split("|"):
                name, _, literal = alternative.partition("=")
                words.add(literal.strip().strip("\"'") if literal else name.strip())
    return sorted(words), sorted(firsts - words)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    words, firsts = keywords(sys.argv[1:])
    for title, group in (("keywords", words), ("first words of keywords with a space", firsts)):
        print(f"// {title}: {len(group)}")
        line = "   "
        for word in group:
            item = f' "{word}",'
            if len(line) + len(item) > 118:
                print(line)
                line = "   "
            line += item
        print(line)


if __name__ == "__main__":
    main()
