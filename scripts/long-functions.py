#!/usr/bin/env python3
"""List Swift functions longer than a limit (default 80 lines).

Usage: scripts/long-functions.py [--limit N] [--all] [PATH ...]   (default PATH: Sources)

Counts every `func`, `init`, `deinit` and `subscript` body from its declaration line to its
closing brace, inclusive. Comments and string literals (also multi-line, raw and
interpolated ones) are blanked before braces are matched, so a `{` in a message or a
comment does not count. A function whose declaration is preceded (within the three lines
above it) by a comment containing `long-function:` is listed as justified and does not
make the script fail; the comment should say why the function stays long.

Exit status: 0 when every long function is justified, 1 otherwise. See docs/long-functions.md.
"""
import argparse
import os
import re
import sys

DECL = re.compile(r'\b(func\s+[^\s(<]+|init[?!]?|deinit|subscript)\s*[(<{]')
MARK = 'long-function:'


def blank(text):
    """Return text with comments and string literal contents replaced by spaces (newlines kept)."""
    out = []
    i, n = 0, len(text)

    def keep_newlines(s):
        return ''.join('\n' if c == '\n' else ' ' for c in s)

    def skip_string(i):
        # text[i:] starts a string literal, possibly raw (#...) and/or multi-line.
        j = i
        hashes = 0
        while text[j] == '#':
            hashes += 1
            j += 1
        multi = text.startswith('"""', j)
        quote = '"""' if multi else '"'
        j += len(quote)
        close = quote + '#' * hashes
        escape = '\\' + '#' * hashes
        while j < n:
            if text.startswith(escape, j):
                k = j + len(escape)
                if k < n and text[k] == '(':
                    j = skip_interpolation(k)
                    continue
                j = k + 1
                continue
            if text.startswith(close, j):
                return j + len(close)
            if not multi and text[j] == '\n':
                return j  # unterminated: stop at line end
            j += 1
        return n

    def skip_interpolation(j):
        # text[j] == '('; return index after the matching ')'
        depth = 0
        while j < n:
            c = text[j]
            if c == '"' or (c == '#' and text.startswith('"', j + 1)):
                j = skip_string(j)
                continue
            if c == '(':
                depth += 1
            elif c == ')':
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return n

    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif text.startswith('/*', i):
            depth, j = 0, i
            while j < n:
                if text.startswith('/*', j):
                    depth += 1
                    j += 2
                elif text.startswith('*/', j):
                    depth -= 1
                    j += 2
                    if depth == 0:
                        break
                else:
                    j += 1
            out.append(keep_newlines(text[i:j]))
            i = j
        elif c == '"' or (c == '#' and re.match(r'#+"', text[i:i + 8])):
            j = skip_string(i)
            out.append(keep_newlines(text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def functions(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    text = blank(raw)
    raw_lines = raw.split('\n')
    for m in DECL.finditer(text):
        start = m.start()
        # find the body's opening brace at paren/bracket depth 0; a protocol requirement has none
        depth, j = 0, m.end() - 1
        body = None
        while j < len(text):
            c = text[j]
            if c in '([<':
                depth += 1 if c != '<' else 0
            elif c in ')]':
                depth -= 1
            elif c == '{' and depth == 0:
                body = j
                break
            elif c == '\n' and depth == 0 and text[start:j].count('\n') > 12:
                break
            elif c == '}' and depth == 0:
                break
            j += 1
        if body is None:
            continue
        between = text[m.end():body]
        if depth == 0 and re.search(r'\b(var|let|func|init)\b', between):
            continue  # a requirement without a body followed by another declaration
        depth, j = 0, body
        while j < len(text):
            if text[j] == '{':
                depth += 1
            elif text[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        first = text.count('\n', 0, start) + 1
        last = text.count('\n', 0, j) + 1
        name = m.group(1).split()[-1]
        context = '\n'.join(raw_lines[max(0, first - 4):first - 1])
        yield name, first, last - first + 1, MARK in context


def main():
    ap = argparse.ArgumentParser(description='List Swift functions over a line limit.')
    ap.add_argument('--limit', type=int, default=80)
    ap.add_argument('--all', action='store_true', help='list every function with its length')
    ap.add_argument('paths', nargs='*', default=['Sources'])
    args = ap.parse_args()
    files = []
    for p in args.paths:
        if os.path.isfile(p):
            files.append(p)
        for root, _, names in os.walk(p):
            files += [os.path.join(root, x) for x in names if x.endswith('.swift')]
    rows = []
    for path in sorted(files):
        for name, line, length, justified in functions(path):
            if args.all or length > args.limit:
                rows.append((length, path, line, name, justified))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    unjustified = 0
    for length, path, line, name, justified in rows:
        note = '  (justified)' if justified and length > args.limit else ''
        print(f'{length:5d}  {path}:{line}  {name}{note}')
        if length > args.limit and not justified:
            unjustified += 1
    if unjustified:
        print(f'{unjustified} function(s) over {args.limit} lines without a `{MARK}` comment',
              file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
