#!/usr/bin/env python3
"""Writes archive-fixtures.json: raw Deflate streams made by zlib and ZIP files made by zipfile.

The Swift tests (`InflaterTests`, `ZipReaderTests`) inflate each stream and read each archive, and
compare with what zlib and zipfile were given. Run with any Python 3 (standard library only); the
output is deterministic for a given zlib version (the streams are only inputs: any valid stream
must inflate to the same bytes). The test suite only reads the JSON, never Python.

streams: name, how it was made, the raw Deflate bytes (wbits=-15, no zlib header), and the input's
         name in `inputs`.
inputs:  size and CRC-32 of each original, and the bytes themselves when they are small.
zips:    name, the archive, and per entry its path and the input it holds; or the failure the
         reader must report (`expect`).
"""
import base64
import io
import json
import random
import struct
import zipfile
import zlib

def b64(data):
    return base64.b64encode(data).decode("ascii")

def chinese_xml(paragraphs):
    rows = []
    for i in range(paragraphs):
        rows.append(
            f'<w:p><w:pPr><w:ind w:firstLineChars="200"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/>'
            f"</w:rPr><w:t>（{i + 1}）2024年度部门整体支出决算数{8374036 + i * 137}.{i % 100:02d}元，"
            f"支出完成率{99 - i % 7}.{(i * 13) % 100:02d}%，较上年{'增加' if i % 3 else '减少'}{i * 11 % 97}.5万元。</w:t></w:r></w:p>"
        )
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document><w:body>'
            + "".join(rows) + "</w:body></w:document>").encode("utf-8")

rng = random.Random(20241231)
random_bytes = bytes(rng.getrandbits(8) for _ in range(6000))
random_letters = bytes(rng.choice(b"0123456789abcdefghijklmnopqrstuvwxyz.,; ") for _ in range(4000))
far_chunk = bytes(rng.getrandbits(8) for _ in range(1500))
filler = chinese_xml(140)[:29000]

INPUTS = {
    "empty": b"",
    "hello": b"hello, hello, hello!",
    "chinese xml": chinese_xml(40),
    "chinese xml short": chinese_xml(5)[:200],
    "skewed letters": bytes(rng.choices(b"abcdefgh  \n", weights=[30, 20, 10, 8, 5, 3, 2, 1, 15, 15, 4], k=300)),
    "one byte repeated": b"a" * 50000,
    "short pattern repeated": b"\xe7\xbb\xa9\xe6\x95\x88|" * 3000,
    "random bytes": random_bytes,
    "random letters": random_letters,
    "match 31000 bytes back": far_chunk + filler + far_chunk,
    "zeros bomb": bytes(1 << 20),
}

def raw_deflate(data, level=6, strategy=zlib.Z_DEFAULT_STRATEGY, wbits=-15, mem_level=8):
    compressor = zlib.compressobj(level, zlib.DEFLATED, wbits, mem_level, strategy)
    return compressor.compress(data) + compressor.flush()

def flushed_in_pieces(data):
    """Several blocks: Z_FULL_FLUSH ends each with an empty stored block, Z_SYNC_FLUSH too."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    out = b""
    for start in range(0, len(data), 2000):
        out += compressor.compress(data[start:start + 2000])
        out += compressor.flush(zlib.Z_FULL_FLUSH if start % 4000 else zlib.Z_SYNC_FLUSH)
    return out + compressor.flush()

STREAMS = []
def stream(name, input_name, deflated, how):
    assert zlib.decompress(deflated, -15) == INPUTS[input_name]
    STREAMS.append({"name": name, "input": input_name, "how": how, "deflated": b64(deflated)})

for level in (0, 1, 6, 9):
    stream(f"chinese xml level {level}", "chinese xml", raw_deflate(INPUTS["chinese xml"], level), f"level {level}")
for strategy, label in ((zlib.Z_FIXED, "Z_FIXED"), (zlib.Z_HUFFMAN_ONLY, "Z_HUFFMAN_ONLY"),
                        (zlib.Z_RLE, "Z_RLE"), (zlib.Z_FILTERED, "Z_FILTERED")):
    stream(f"chinese xml {label}", "chinese xml", raw_deflate(INPUTS["chinese xml"], 6, strategy), f"level 6 {label}")
stream("chinese xml 512-byte window", "chinese xml", raw_deflate(INPUTS["chinese xml"], 9, wbits=-9), "wbits=-9")
stream("chinese xml memLevel 1", "chinese xml", raw_deflate(INPUTS["chinese xml"], 9, mem_level=1), "memLevel 1: many blocks")
stream("chinese xml flushed in pieces", "chinese xml", flushed_in_pieces(INPUTS["chinese xml"]), "sync and full flushes")
# Small streams of each block type, which the tests cut at every byte and flip bit by bit.
stream("small stored", "hello", raw_deflate(INPUTS["hello"], 0), "level 0")
stream("small fixed", "chinese xml short", raw_deflate(INPUTS["chinese xml short"], 9, zlib.Z_FIXED), "Z_FIXED")
stream("small dynamic", "skewed letters", raw_deflate(INPUTS["skewed letters"], 9), "level 9")
for level in (0, 6):
    stream(f"empty level {level}", "empty", raw_deflate(b"", level), f"level {level}")
stream("empty Z_FIXED", "empty", raw_deflate(b"", 6, zlib.Z_FIXED), "Z_FIXED")
stream("hello Z_FIXED", "hello", raw_deflate(INPUTS["hello"], 9, zlib.Z_FIXED), "level 9 Z_FIXED")
stream("hello Z_HUFFMAN_ONLY", "hello", raw_deflate(INPUTS["hello"], 9, zlib.Z_HUFFMAN_ONLY), "one distance code or none")
stream("one byte repeated", "one byte repeated", raw_deflate(INPUTS["one byte repeated"], 9), "length 258 distance 1")
stream("one byte repeated Z_RLE", "one byte repeated", raw_deflate(INPUTS["one byte repeated"], 6, zlib.Z_RLE), "Z_RLE")
stream("short pattern repeated", "short pattern repeated", raw_deflate(INPUTS["short pattern repeated"], 9), "level 9")
stream("random bytes level 1", "random bytes", raw_deflate(random_bytes, 1), "zlib stores what it cannot compress")
stream("random letters Z_HUFFMAN_ONLY", "random letters", raw_deflate(random_letters, 6, zlib.Z_HUFFMAN_ONLY), "literals only")
stream("random letters level 9", "random letters", raw_deflate(random_letters, 9), "short matches in noise")
stream("match 31000 bytes back", "match 31000 bytes back", raw_deflate(INPUTS["match 31000 bytes back"], 9), "distance codes 28-29")
stream("zeros bomb", "zeros bomb", raw_deflate(INPUTS["zeros bomb"], 9), "1 MiB of zeros in about 1 KB")

class Unseekable(io.RawIOBase):
    """A write-only stream without tell/seek, so zipfile writes data descriptors (bit 3)."""
    def __init__(self):
        self.buffer = io.BytesIO()
    def writable(self):
        return True
    def write(self, data):
        return self.buffer.write(data)

ZIPS = []
def entry_info(path, method):
    info = zipfile.ZipInfo(path, date_time=(2025, 7, 28, 9, 30, 0))
    info.compress_type = method
    return info

def archive(name, entries, comment=b"", unseekable=False, expect=None, patch=None, python_reads=True):
    target = Unseekable() if unseekable else io.BytesIO()
    with zipfile.ZipFile(target, "w") as z:
        z.comment = comment
        for path, input_name, method in entries:
            z.writestr(entry_info(path, method), INPUTS[input_name])
    data = (target.buffer if unseekable else target).getvalue()
    if patch:
        data = patch(data)
    record = {"name": name, "zip": b64(data)}
    if expect:
        record["expect"] = expect
    else:
        record["entries"] = [{"path": p, "input": i} for p, i, _ in entries]
        if python_reads:
            check = zipfile.ZipFile(io.BytesIO(data))
            assert check.testzip() is None
            assert [check.read(p) for p, _, _ in entries] == [INPUTS[i] for _, i, _ in entries]
    ZIPS.append(record)

def set_encrypted_flag(data):
    """Sets general purpose bit 0 in every local header and directory record (no real cipher)."""
    data = bytearray(data)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = data.find(signature)
        while start != -1:
            data[start + flag_offset] |= 1
            start = data.find(signature, start + 4)
    return bytes(data)

def with_zip64_end_records(build):
    saved = zipfile.ZIP_FILECOUNT_LIMIT
    zipfile.ZIP_FILECOUNT_LIMIT = 0  # makes zipfile write the ZIP64 end record and locator
    try:
        build()
    finally:
        zipfile.ZIP_FILECOUNT_LIMIT = saved

D, S = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
docx_like = [("[Content_Types].xml", "hello", S), ("word/document.xml", "chinese xml", D),
             ("word/media/噪声.bin", "random bytes", D), ("docProps/empty.xml", "empty", D),
             ("customXml/", "empty", S)]
archive("stored and deflated", docx_like)
archive("with a comment", [("a.txt", "hello", D)], comment="自评报告的注释".encode("utf-8"))
# zipfile takes the last "PK\5\6" for the end record and fails here; the end record is the one whose
# comment length reaches the end of the file.
archive("comment holding an end signature", [("a.txt", "hello", D)],
        comment=b"PK\x05\x06" + bytes(18) + b"\x05\x00tail!", python_reads=False)
archive("data descriptors", [("word/document.xml", "chinese xml", D), ("b.txt", "hello", S)], unseekable=True)
archive("empty archive with comment", [], comment=b"nothing here")
archive("bzip2 entry", [("a.txt", "hello", zipfile.ZIP_BZIP2)],
        expect={"failure": "unsupportedMethod", "path": "a.txt", "method": 12})
archive("encrypted flag", [("word/document.xml", "hello", S)], patch=set_encrypted_flag,
        expect={"failure": "encrypted", "path": "word/document.xml"})
with_zip64_end_records(lambda: archive("zip64 end record", [("a.txt", "hello", S)], expect={"failure": "zip64"}))

fixtures = {
    "inputs": {
        name: {"size": len(data), "crc": zlib.crc32(data), **({"bytes": b64(data)} if len(data) <= 16384 else {})}
        for name, data in INPUTS.items()
    },
    "streams": STREAMS,
    "zips": ZIPS,
}
with open(__file__.replace("make-archive-fixtures.py", "archive-fixtures.json"), "w") as out:
    json.dump(fixtures, out, ensure_ascii=False, indent=1)
    out.write("\n")
