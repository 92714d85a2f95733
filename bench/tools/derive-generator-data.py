#!/usr/bin/env python3
"""Derives the corpus generator's shipped data from the real release material.

Usage: derive-generator-data.py CABLES_SAMPLE_CSV CABLE_IDS_BY_MONTH_CSV_GZ ROUTING_INDICATORS_CSV OUT_DIR

Reads the 6,712-cable sample (cables.csv layout), the list of all 251,287 IDs with their month and
the routing indicator list, and writes into OUT_DIR (core/src/main/resources/org/cablearchive/generate):
  cable-ids.csv.gz        ID,month of every cable of the release (copied)
  stations.tsv            station code, origin, name as written in bodies, routing indicator, FM line
  front-matter.tsv.gz     real SUBJECT / TAGS / CLASSIFIED / HANDLING / SIGNER texts per station
  paragraphs.txt.gz       real numbered paragraphs (text after the "N. (X)" mark), two layouts
  body-lengths.txt        1,001 quantiles of the sample's body lengths in characters
  routing-indicators.csv  ROUTE,station name (copied)
The output is deterministic: same input, same files.
"""
import collections, gzip, os, re, shutil, sys

def read_rows(path):
    data = open(path, encoding='utf-8').read()
    i, n, rows = 0, len(data), []
    while i < n:
        fields = []
        while True:
            i += 1
            buf = []
            while True:
                c = data[i]
                if c == '\\':
                    buf.append(data[i + 1]); i += 2
                elif c == '"':
                    i += 1; break
                else:
                    buf.append(c); i += 1
            fields.append(''.join(buf))
            if i >= n or data[i] == '\n':
                i += 1; break
            i += 1
        rows.append(fields)
    return rows

ID = re.compile(r'^\d\d([A-Z]+?)\d+$')
ID_LOOSE = re.compile(r'^\d\d([A-Z]+)')

def station_of(cable_id):
    m = ID.match(cable_id) or ID_LOOSE.match(cable_id)
    return m.group(1) if m else 'UNKNOWN'

def esc(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')

CLASS_MARK = r'(?:UNCLAS(?:SIFIED)?|C O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET)'
CLASS_LINE = re.compile(r'^\s*' + CLASS_MARK + r'\s+(?:SECTION \d+ OF \d+\s+)?([A-Z][A-Z .\'-]*?) 0*\d+\s*$')
# Texts where a page glued the next caption on (SUBJECT ... REF: CAIRO 452, a page mark, Classified By):
# kept out, so that a generated cable's REF line is the only place its citations are written.
CAPTION_LEAK = re.compile(r'REFS?:|\bREFS?\b|REFTEL|Classified By|PAGE \d|\bE\.?O\.? ?1\d{4}', re.I)
PARA = re.compile(r'^\s*¶?(\d{1,2})\.\s+\(([A-Z/ ]{1,6})\)\s+', re.M)

def front_matter(body):
    lines = body.split('\n')
    out = []
    subject = None
    for k, line in enumerate(lines):
        s = line.strip()
        if subject is None and re.match(r'^SUBJ(ECT)?:', s):
            parts = [s.split(':', 1)[1].strip()]
            for nxt in lines[k + 1:k + 4]:
                if not nxt.strip() or re.match(r'^\s*(REF|CLASSIFIED|1\.|¶)', nxt, re.I):
                    break
                parts.append(nxt.strip())
            subject = '\n'.join(p for p in parts if p)
            if subject and len(subject) < 300:
                out.append(('SUBJECT', subject))
        elif re.match(r'^TAGS?:?\s', s) and len(s) < 200:
            out.append(('TAGS', re.sub(r'^TAGS?:?\s*', '', s)))
        elif re.match(r'^Classified By:', s, re.I) and len(s) < 200:
            out.append(('CLASSIFIED', s))
    first = next((k for k, l in enumerate(lines) if l.strip()), None)
    eo = next((k for k, l in enumerate(lines) if re.match(r'^\s*E\.?O\.? ?1', l)), None)
    if first is not None and eo is not None and 0 < eo - first <= 12:
        block = [l.strip() for l in lines[first + 1:eo] if l.strip() and not re.match(CLASS_MARK, l.strip())]
        if block and sum(len(b) for b in block) < 300:
            out.append(('HANDLING', '\n'.join(block)))
    tail = [l.strip() for l in lines if l.strip()]
    if tail and re.match(r'^[A-Z][A-Z\' -]{1,24}$', tail[-1]) and tail[-1] not in ('END SUMMARY', 'SIPDIS'):
        out.append(('SIGNER', tail[-1]))
    return out

def paragraphs(body):
    marks = list(PARA.finditer(body))
    out = []
    for a, b in zip(marks, marks[1:]):
        text = body[a.end():b.start()].rstrip('\n ')
        if 80 <= len(text) <= 6000:
            layout = 'W' if max(len(l) for l in text.split('\n')) <= 90 else 'L'
            out.append((layout, text))
    return out

def main(sample, ids_gz, routes_csv, out):
    rows = read_rows(sample)
    os.makedirs(out, exist_ok=True)
    shutil.copyfile(ids_gz, os.path.join(out, 'cable-ids.csv.gz'))
    shutil.copyfile(routes_csv, os.path.join(out, 'routing-indicators.csv'))

    origins, names, routes, froms = (collections.defaultdict(collections.Counter) for _ in range(4))
    fm, paras = [], []
    for r in rows:
        st = station_of(r[2])
        origins[st][r[3]] += 1
        header, body = r[6], r[7]
        for line in header.split('\n'):
            m = re.match(r'^DE (R[A-Z]{3,6}) #', line)
            if m: routes[st][m.group(1)] += 1
            if line.startswith('FM '): froms[st][line[3:].strip()] += 1
        first = next((l for l in body.split('\n') if l.strip()), '')
        m = CLASS_LINE.match(first)
        if m: names[st][m.group(1).strip()] += 1
        fm.extend((st, kind, text) for kind, text in front_matter(body)
                  if not CAPTION_LEAK.search(text.replace('Classified By', '') if kind == 'CLASSIFIED' else text))
        paras.extend(paragraphs(body))

    by_name = {}
    for line in open(routes_csv, encoding='utf-8'):
        route, _, name = line.rstrip('\n').partition(',')
        for prefix in ('AMEMBASSY ', 'AMCONSUL ', 'USMISSION '):
            if name.startswith(prefix):
                by_name.setdefault(name[len(prefix):].replace(' ', ''), (route, name))
    all_ids = [l.split(',')[0] for l in gzip.open(ids_gz, 'rt', encoding='utf-8').read().split()]
    with open(os.path.join(out, 'stations.tsv'), 'w', encoding='utf-8') as f:
        for st in sorted(set(station_of(i) for i in all_ids)):
            known = by_name.get(st)
            origin = (origins[st].most_common(1)[0][0] if origins[st] else
                      ('Consulate ' if known and known[1].startswith('AMCONSUL') else 'Embassy ') + st.title())
            name = names[st].most_common(1)[0][0] if names[st] else st
            route = (routes[st].most_common(1)[0][0] if routes[st] else
                     known[0] if known else 'RUEH' + st[:2])
            frm = (froms[st].most_common(1)[0][0] if froms[st] else
                   known[1] if known else 'AMEMBASSY ' + name)
            f.write('\t'.join((st, origin, name, route, frm)) + '\n')

    with gzip.GzipFile(os.path.join(out, 'front-matter.tsv.gz'), 'wb', mtime=0) as f:
        for st, kind, text in fm:
            f.write(('\t'.join((st, kind, esc(text))) + '\n').encode('utf-8'))
    # Every third paragraph keeps the shipped pool near 4 MB compressed while keeping its variety.
    with gzip.GzipFile(os.path.join(out, 'paragraphs.txt.gz'), 'wb', mtime=0) as f:
        for layout, text in paras[::3]:
            f.write((layout + '\t' + esc(text) + '\n').encode('utf-8'))
    lengths = sorted(len(r[7]) for r in rows)
    with open(os.path.join(out, 'body-lengths.txt'), 'w') as f:
        for q in range(1001):
            f.write('%d\n' % lengths[round(q * (len(lengths) - 1) / 1000)])

if __name__ == '__main__':
    main(*sys.argv[1:5])
