#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the hostile input files of this folder (see README.md). Deterministic: running it
again gives the same bytes. Large and deeply nested inputs are not kept here; the reliability
test tests/reliability/test_hostile.py makes them at run time."""
import os
import random
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Invalid UTF-8 shapes: a lead byte with no continuation, an overlong "/" and a UTF-16
# surrogate encoded as if it were a character.
BAD_UTF8 = {
    "utf8_lone_c3": b"Caf\xc3",
    "utf8_overlong": b"path\xc0\xafetc",
    "utf8_surrogate": b"half\xed\xa0\x80pair",
}


def noise(seed, size, header=b""):
    # Fixed seed: the "random" binary files stay the same from run to run.
    return header + random.Random(seed).randbytes(size - len(header))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def utf16(text, big=False, bom=True):
    body = text.encode("utf-16-be" if big else "utf-16-le")
    if not bom:
        return body
    return (b"\xfe\xff" if big else b"\xff\xfe") + body


def csv_cases(prefix, header, row, row2, cell):
    """The same hostile shapes for each CSV importer, with that importer's own header so a
    refusal is about the bytes, not about unknown columns. The hostile bytes go into a free
    text cell (`cell`), so a reader that let them through would not refuse for a bad value."""
    good = header + b"\r\n" + row + b"\r\n" + row2 + b"\r\n"
    write(f"{prefix}_control.csv", good)
    write(f"{prefix}_empty.csv", b"")
    write(f"{prefix}_binary.csv", noise(len(prefix), 2048))
    head = header + b"\r\n"
    write(f"{prefix}_nul_byte.csv", head + row.replace(b",", b",\x00", 1) + b"\r\n")
    # Cut inside a quoted field: the file ends before the closing quote.
    write(f"{prefix}_truncated_quote.csv", head + row + b"\r\n" + row2[:8] + b'"half a fi')
    # A quote that opens in the middle of a row and never closes.
    write(f"{prefix}_stray_quote.csv",
          head + row.replace(b",", b',"', 1) + b"\r\n" + row2 + b"\r\n")
    def with_cell(text):
        cells = row.split(b",")
        cells[cell] = text(cells[cell])
        return header + b"\r\n" + b",".join(cells) + b"\r\n"

    # RFC 4180: a quote inside an unquoted field, and text after a closing quote.
    write(f"{prefix}_quote_in_field.csv", with_cell(lambda c: c + b' 5" screen'))
    write(f"{prefix}_text_after_quote.csv", with_cell(lambda c: b'"' + c + b'"tail'))
    write(f"{prefix}_ragged.csv", good + row2 + b",extra,fields\r\n")
    write(f"{prefix}_header_only.csv", header + b"\r\n")
    for case, bad in BAD_UTF8.items():
        write(f"{prefix}_{case}.csv", with_cell(lambda c: c + bad))
    text = good.decode("utf-8")
    write(f"{prefix}_utf16le_bom.csv", utf16(text))
    write(f"{prefix}_utf16be_bom.csv", utf16(text, big=True))
    write(f"{prefix}_utf16le_nobom.csv", utf16(text, bom=False))


ICS_HEAD = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slipway tests//hostile//EN\r\n")
ICS_EVENT = (b"BEGIN:VEVENT\r\nUID:hostile-1@example.org\r\nDTSTAMP:20260101T000000Z\r\n"
             b"DTSTART:20270301T080000Z\r\nDTEND:20270301T180000Z\r\nSUMMARY:%s\r\nEND:VEVENT\r\n")
ICS_TAIL = b"END:VCALENDAR\r\n"


def ics(summary):
    return ICS_HEAD + ICS_EVENT.replace(b"%s", summary) + ICS_TAIL


def ics_cases():
    write("ics_empty.ics", b"")
    write("ics_binary.ics", noise(3, 2048))
    # Starts like a calendar, then binary: the reader must not stop at the first line.
    write("ics_binary_after_header.ics", ICS_HEAD + noise(4, 1024) + ICS_TAIL)
    write("ics_nul_byte.ics", ics(b"Migration\x00window"))
    whole = ics(b"Migration window")
    write("ics_control.ics", whole)
    write("ics_truncated.ics", whole[:whole.index(b"DTEND") + 12])
    # END:VCALENDAR is there but the event never ends.
    write("ics_unclosed_event.ics", whole.replace(b"END:VEVENT\r\n", b""))
    for case, bad in BAD_UTF8.items():
        write(f"ics_{case}.ics", ics(b"Freeze " + bad))
    text = whole.decode("utf-8")
    write("ics_utf16le_bom.ics", utf16(text))
    write("ics_utf16be_bom.ics", utf16(text, big=True))


JUNIT = (b'<?xml version="1.0" encoding="UTF-8"?>\n'
         b'<testsuites tests="2" failures="1">\n'
         b'  <testsuite name="hostile" tests="2" failures="1">\n'
         b'    <testcase classname="a" name="%s" time="0.1"/>\n'
         b'    <testcase classname="a" name="second" time="0.1">'
         b'<failure message="boom"/></testcase>\n'
         b'  </testsuite>\n'
         b'</testsuites>\n')


def junit(name):
    return JUNIT.replace(b"%s", name)


def junit_cases():
    write("junit_empty.xml", b"")
    write("junit_binary.xml", noise(5, 2048))
    write("junit_nul_byte.xml", junit(b"first\x00case"))
    whole = junit(b"first")
    write("junit_control.xml", whole)
    write("junit_truncated.xml", whole[:whole.index(b"second") + 3])
    # Ten levels of ten references: 10^9 copies of "lol" if entities were expanded.
    lol = [b'<!ENTITY lol "lol">']
    for i in range(1, 10):
        prev = b"lol" if i == 1 else b"lol%d" % (i - 1)
        lol.append(b'<!ENTITY lol%d "%s">' % (i, (b"&" + prev + b";") * 10))
    write("junit_billion_laughs.xml",
          b'<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n' + b"\n".join(lol) + b"\n]>\n" +
          junit(b"&lol9;").split(b"\n", 1)[1])
    write("junit_xxe_file.xml",
          b'<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n'
          b'<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n' + junit(b"&xxe;").split(b"\n", 1)[1])
    # The same through a parameter entity and an external DTD that would pull a second file.
    write("junit_xxe_parameter.xml",
          b'<?xml version="1.0"?>\n<!DOCTYPE testsuites [\n'
          b'<!ENTITY % ext SYSTEM "file:///etc/passwd">\n%ext;\n]>\n' +
          junit(b"first").split(b"\n", 1)[1])
    for case, bad in BAD_UTF8.items():
        write(f"junit_{case}.xml", junit(b"case " + bad))
    text = whole.decode("utf-8")
    # Declares UTF-8 but is UTF-16 without a byte order mark: NUL bytes everywhere.
    write("junit_utf16le_nobom.xml", utf16(text, bom=False))
    # Well-formed UTF-16 XML (BOM and declaration agree): an XML reader must accept it.
    write("junit_utf16le_bom.xml", utf16(text.replace('encoding="UTF-8"', 'encoding="UTF-16"')))


SARIF = (b'{"version":"2.1.0","$schema":"https://json.schemastore.org/sarif-2.1.0.json",'
         b'"runs":[{"tool":{"driver":{"name":"hostile","rules":[{"id":"R1"}]}},'
         b'"results":[{"ruleId":"R1","level":"error","message":{"text":"%s"}}]}]}\n')


def sarif(text):
    return SARIF.replace(b"%s", text)


def sarif_cases():
    write("sarif_empty.sarif", b"")
    write("sarif_binary.sarif", noise(6, 2048))
    write("sarif_nul_byte.sarif", sarif(b"null\x00byte"))
    whole = sarif(b"finding")
    write("sarif_control.sarif", whole)
    write("sarif_truncated.sarif", whole[:whole.index(b"results") + 14])
    for case, bad in BAD_UTF8.items():
        write(f"sarif_{case}.sarif", sarif(b"finding " + bad))
    text = whole.decode("utf-8")
    write("sarif_utf16le_bom.sarif", utf16(text))
    write("sarif_utf16be_bom.sarif", utf16(text, big=True))


# The hostile bytes go into a second benchmark, so the metric the criterion asks for is there
# and a reader that let them through would import the file.
BENCH_JSON = (b'{"context":{"date":"2026-01-01T00:00:00+00:00","library_build_type":"release"},'
              b'"benchmarks":[{"name":"p95_latency","run_type":"iteration","iterations":10,'
              b'"real_time":180.0,"cpu_time":170.0,"time_unit":"ms"},'
              b'{"name":"%s","run_type":"iteration","iterations":10,'
              b'"real_time":3.0,"cpu_time":3.0,"time_unit":"ms"}]}\n')
BENCH_CSV = b"name,value,unit\r\np95_latency,180,ms\r\n%s,3,ms\r\n"


def bench_cases():
    whole = BENCH_JSON.replace(b"%s", b"startup")
    write("bench_control.json", whole)
    write("bench_control.csv", BENCH_CSV.replace(b"%s", b"startup"))
    write("bench_empty.json", b"")
    write("bench_binary.json", noise(7, 2048))
    write("bench_nul_byte.json", BENCH_JSON.replace(b"%s", b"start\x00up"))
    write("bench_truncated.json", whole[:whole.index(b"real_time") + 6])
    for case, bad in BAD_UTF8.items():
        write(f"bench_{case}.json", BENCH_JSON.replace(b"%s", b"startup " + bad))
    write("bench_utf16le_bom.json", utf16(whole.decode("utf-8")))
    write("bench_empty.csv", b"")
    write("bench_nul_byte.csv", BENCH_CSV.replace(b"%s", b"start\x00up"))
    write("bench_truncated_quote.csv", b'name,value,unit\r\np95_latency,180,ms\r\n"start')
    write("bench_stray_quote.csv", BENCH_CSV.replace(b"%s", b'"startup'))
    for case, bad in BAD_UTF8.items():
        write(f"bench_{case}.csv", BENCH_CSV.replace(b"%s", b"startup" + bad))
    write("bench_utf16le_bom.csv", utf16(BENCH_CSV.replace(b"%s", b"startup").decode("utf-8")))


def db_cases():
    write("db_empty.slipway", b"")
    write("db_binary.slipway", noise(8, 4096))
    write("db_text.slipway", b"Release notes for 2.4\nnot a database at all\n")
    write("db_zeros.slipway", bytes(4096))
    # The SQLite magic, then noise: looks like a database until a page is read.
    write("db_sqlite_header_garbage.slipway",
          noise(9, 4096, b"SQLite format 3\x00\x10\x00\x01\x01"))
    path = os.path.join(HERE, "db_plain_sqlite.slipway")
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE releases (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO releases (name) VALUES ('not a Slipway file')")
    con.commit()
    con.close()


def main():
    csv_cases("scope", b"Issue key,Summary,Issue Type,Priority,Status",
              b"HOS-1,Hostile import,Story,High,To Do", b"HOS-2,Second row,Bug,Low,Done", 1)
    # Message 3 of `slipway demo` (issued 2026-10-31) and two of its recipients who have not
    # acknowledged it: the control file imports, so the others are refused for their bytes.
    csv_cases("acks", b"communication_id,address,acknowledged_at,note",
              b"3,dana.brooks@example.com,2026-11-02T09:30Z,read it",
              b"3,customer.service@example.com,2026-11-02T10:00Z,ok", 3)
    ics_cases()
    junit_cases()
    sarif_cases()
    bench_cases()
    db_cases()
    big = [n for n in os.listdir(HERE) if os.path.getsize(os.path.join(HERE, n)) >= 64 * 1024]
    if big:
        sys.exit(f"files over 64 KiB: {big}")


if __name__ == "__main__":
    main()
