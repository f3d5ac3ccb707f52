#!/usr/bin/env python3
"""Writes yaml-conformance.json: each case's YAML text and what a YAML 1.2 reader makes of it.

The expected values come from ruamel.yaml (`pip install ruamel.yaml`, YAML 1.2, safe
loader). Two adjustments, both what YAML 1.2's core schema says: ruamel's safe loader also
resolves timestamps, so a date is turned back into the text that was written; floats are
written with repr() and compared as exact decimals by the Swift test. The test suite only
reads the generated JSON; run this script again after adding a case.
"""
import datetime
import json
from ruamel.yaml import YAML

CASES = [
    ("plain mapping", "评价年度: 2024\n评价单位: 遂溪县人民政府办公室本级\n"),
    ("nested mapping", "单位:\n  名称: 某局\n  编制:\n    行政: 12\n    事业: 3\n备注: 无\n"),
    ("sequence of scalars", "- 甲\n- 乙\n- 丙\n"),
    ("sequence under key at same indent", "成员:\n- 张三\n- 李四\n组长: 王五\n"),
    ("sequence under key indented", "成员:\n    - 张三\n    - 李四\n"),
    ("sequence of compact mappings", "指标:\n  - 名称: 预算执行率\n    分值: 10\n    得分: 9.5\n  - 名称: 结转结余率\n    分值: 5\n"),
    ("nested compact sequences", "- - a\n  - b\n- - c\n"),
    ("empty list item between items", "- a\n-\n- c\n"),
    ("sequence item on next line", "-\n  名称: x\n-\n"),
    ("empty values", "a:\nb: ~\nc: null\nd: Null\ne: NULL\n"),
    ("plain continued over lines", "说明: 本单位严格执行\n  预算管理制度，\n\n  全年无超支。\n下一项: 1\n"),
    ("plain with hash and colon inside", "a: b#c\nb: 10:30\nc: http://example.com/x?a=1\nd: a - b\ne: '-x'\nf: -x\n"),
    ("comments everywhere", "# 开头注释\na: 1 # 行尾注释\n  # 缩进的注释\n\nb:   # 空值后注释\n  - x # 项\n# 结尾\n"),
    ("single quoted", "a: '他说''好'''\nb: '第一行\n  第二行\n\n  第三行'\nc: ''\nd: '# 不是注释'\n"),
    ("double quoted escapes", 'a: "\\t制表\\n换行 \\"引号\\" \\\\ \\u4e2d \\x41 \\U0001F600 \\/ \\e \\_"\n'),
    ("double quoted folding", 'a: "第一行\n  第二行\n\n  第三行  \n  末尾"\nb: "接\\\n  续"\n'),
    ("literal clip", "a: |\n  第一行\n    缩进行\n  第三行\n\n\nb: 1\n"),
    ("literal strip and keep", "a: |-\n  x\n  y\n\nb: |+\n  x\n\n\nc: 1\n"),
    ("literal with leading blank lines", "a: |\n\n  x\n\n  y\n"),
    ("literal indentation indicator", "a: |2\n    四格\n  两格\n"),
    ("folded", "a: >\n  一二\n  三四\n\n  五六\n    更多缩进\n  七八\nb: >-\n  x\n  y\n"),
    ("folded keep", "a: >+\n  x\n\n"),
    ("block scalar at end without newline", "a: |\n  x"),
    ("flow sequence", "a: [1, 2.50, 甲, '乙', \"丙\"]\nb: []\nc: [a, [b, c], {d: 1}]\nd: [x, y, ]\n"),
    ("flow mapping", "a: {分值: 10, 得分: 9.5, 说明: 无}\nb: {}\nc: {x, y: 1}\nd: {\"q\": [1, 2]}\n"),
    ("flow over several lines", "a: [\n  1,\n  2,   # 注释\n  3\n]\nb: {x: 1,\n  y: 2}\n"),
    ("core schema null and bool", "- ~\n- null\n- true\n- True\n- TRUE\n- false\n- False\n- FALSE\n- yes\n- no\n- on\n- off\n- y\n- n\n"),
    ("core schema integers", "- 0\n- -5\n- +5\n- 007\n- 0o17\n- 0x1F\n- 12345678901234567890\n"),
    ("core schema decimals", "- 1.5\n- .5\n- -.5\n- 1.\n- 1e3\n- -1.5E-2\n- 8397200.18\n- 1007.30\n"),
    ("strings that look like numbers", "- 2025-05-14\n- 1_000\n- 0b101\n- '1,007.30'\n- 1007.3万元\n- 1.2.3\n- 0x\n- '123'\n- １２３\n- 5%\n"),
    ("document start", "---\na: 1\n"),
    ("document start with comment", "--- # 开始\n- x\n"),
    ("empty document", "# 只有注释\n\n"),
    ("top level scalar", "就一句话\n"),
    ("top level quoted", '"引号里的话"\n'),
    ("top level flow", "[1, 2]\n"),
    ("key with spaces and quotes", "a b: 1\n'c: d': 2\n\"e\\tf\": 3\na   : 4x\n"),
    ("deep nesting", "a:\n  b:\n    c:\n      d:\n        e:\n          - f:\n              g: 深\n"),
    ("value on next line", "a:\n  一段文字\nb:\n  \"引号\"\n"),
    ("chinese punctuation in values", "a: 一、基本情况：概述\nb: （一）部门职能\nc: “引号”\n"),
    ("indented top level", "  a: 1\n  b: 2\n"),
    ("mapping in sequence with nested list", "- 问题: 资金使用\n  措施:\n    - 加强管理\n    - 按时支付\n- 问题: 其他\n  措施: []\n"),
    ("plain scalar ending at comment", "a: 值 # 注释\nb: 2\n"),
    ("dash in plain", "a: -1-2\nb: --x\n"),
    ("keep with a line of spaces only", "- |+\n  \n"),
    ("clip with a last line of spaces", "foo: |\n  x\n   \n"),
    ("clip with a last line of spaces at the end of the file", "foo: |\n  x\n   "),
    ("literal with a leading line of spaces", "a: |\n  \n  x\n"),
    ("document end marker", "a: 1\n...\n"),
    ("document end marker with comments after", "a: 1\n... # 结束\n\n# 注释\n"),
    ("quoted continuation at its key's indentation", "a:\n  b: \"x\n  y\"\n"),
    ("tab after a space in a quoted continuation", "foo: \"bar\n \tbaz\"\n"),
    ("dash starting plain scalars in flow", "a: [-x, -1, x-]\n"),
]


# ruamel.yaml's YAML 1.2 resolver still reads these YAML 1.1 forms as integers; the 1.2 core
# schema (yaml.org/spec/1.2.2 §10.3.2: int is [-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+) reads
# them as strings, and so does jixiao.
CORE_SCHEMA_STRINGS = {"1_000", "0b101"}


def plain(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return [[str(k), plain(v)] for k, v in value.items()]
    if isinstance(value, list):
        return {"list": [plain(v) for v in value]}
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return {"number": repr(value)}
    raise TypeError(type(value))


def main():
    yaml = YAML(typ="safe", pure=True)
    yaml.version = (1, 2)
    out = []
    for name, text in CASES:
        try:
            value = yaml.load(text)
        except Exception as error:
            raise SystemExit(f"case {name!r}: {error}")
        expected = plain(value)
        if name == "strings that look like numbers":
            expected["list"] = [s if s in CORE_SCHEMA_STRINGS else v
                                for s, v in zip(text[2:].split("\n- "), expected["list"])]
        out.append({"name": name, "yaml": text, "expected": expected})
    with open("yaml-conformance.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


main()
