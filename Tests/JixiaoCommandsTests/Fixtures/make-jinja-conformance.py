#!/usr/bin/env python3
"""Writes jinja-conformance.json: templates, data, and what Jinja2 prints for them.

Run with Jinja2 3.x (`pip install Jinja2`), with the profile of shared/jinja-subset.md §2.1:
StrictUndefined, trim_blocks, lstrip_blocks, keep_trailing_newline, autoescape for .html
templates only. Data is JSON read with exact decimals, as jixiao reads it. A case whose
template Jinja2 refuses to render is recorded with "error": true; jixiao must refuse it too.
The test suite only reads the generated JSON; run this script again after adding a case.
"""
import decimal
import re
import json
import jinja2

D = {"单位": "遂溪县人民政府办公室", "金额": decimal.Decimal("8374036.75"), "n": 7, "空": "", "零": 0,
     "行": [{"名称": "预算执行率", "分值": 10, "得分": decimal.Decimal("9.5")},
           {"名称": "结转结余率", "分值": 5, "得分": 5},
           {"名称": "政府采购", "分值": 5, "得分": decimal.Decimal("4.0")}],
     "xs": [3, 1, 2], "words": ["b", "A", "a", "B"], "d": {"b": 2, "a": 1, "C": 3},
     "html": "<b>粗</b> & 'q' \"dq\"", "pairs": [["甲", 1], ["乙", 2]], "none": None, "t": True, "f": False,
     "price": decimal.Decimal("1007.30"), "neg": -7, "text": "a\nb\n\nc"}

CASES = [
    # whitespace (§2.3)
    ("block tag alone on its line disappears", "a\n{% if t %}\nb\n{% endif %}\nc\n", D),
    ("indented block tags are stripped", "<ul>\n  {% for x in xs %}\n  <li>{{ x }}</li>\n  {% endfor %}\n</ul>\n", D),
    ("endif at the end of a content line eats its newline", "{% if t %}yes{% endif %}\nnext\n", D),
    ("variable tags are not lstripped", "  {{ n }}\n", D),
    ("comment lines disappear", "a\n  {# note #}\nb\n", D),
    ("minus strips across lines", "a   \n\n  {%- if t -%}  \n\n  b  {%- endif %}\n", D),
    ("minus on variables", "x  {{- n -}}  y\n", D),
    ("plus keeps indentation and newline", "  {%+ if t +%}\nb\n  {%+ endif +%}\nc\n", D),
    ("text before a tag on the same line is kept", "a {% if t %}b{% endif %}\n", D),
    ("raw block", "{% raw %}\n{{ not run }}{% if %}\n{% endraw %}\nafter\n", D),
    ("raw with minus", "x  {%- raw -%}  {{ a }}  {%- endraw -%}  y\n", D),
    ("indented raw tags", "  {% raw %}\n  {{ x }}\n  {% endraw %}\nz\n", D),
    ("template ending with endfor has no final newline", "{% for x in xs %}{{ x }}\n{% endfor %}\n", D),
    ("two final newlines are kept", "a\n\n", D),
    ("CRLF in the template becomes LF", "a\r\n{% if t %}\r\nb\r\n{% endif %}\r\n", D),
    ("braces outside tags are literal", "} }} %} #} { x\n", D),
    ("lstrip after a trimmed tag", "{% if t %}\n    {% if t %}\nin\n    {% endif %}\n{% endif %}\n", D),
    ("set block keeps inner whitespace rules", "{% set s %}\n  {% for x in xs %}\n{{ x }},\n  {% endfor %}\n{% endset %}[{{ s }}]\n", D),
    ("comment with minus", "a  {#- c -#}  b\n", D),
    ("ideographic space is whitespace for minus", "a\u3000{{- n }}\n", D),
    # literals and names
    ("string escapes and adjacent literals", "{{ 'a\\tb\\n' \"c\\\"\" 'd' }}|{{ '\\u4e2d' }}\n", D),
    ("CJK names and attributes", "{{ 单位 }} {{ 行[0].名称 }} {{ 行[-1]['得分'] }}\n", D),
    ("integer attribute index", "{{ xs.0 }}{{ pairs.1.0 }}\n", D),
    ("slices", "{{ 单位[1:3] }}|{{ 单位[::-1] }}|{{ xs[1:]|join(',') }}|{{ xs[::-1]|join(',') }}|{{ 单位[-2:] }}\n", D),
    ("booleans and none print capitalised", "{{ t }} {{ f }} {{ none }} {{ true }} {{ None }}\n", D),
    ("decimals keep their scale", "{{ price }} {{ price + 1 }} {{ price * 2 }} {{ price - price }} {{ 金额 }}\n", D),
    # operators (§2.7, §2.8)
    ("integer arithmetic", "{{ 7 + 3 }} {{ 7 - 10 }} {{ 7 * 3 }} {{ 7 // 2 }} {{ 7 % 3 }} {{ 2 ** 10 }}\n", D),
    ("floor division and modulo with negatives", "{{ -7 // 2 }} {{ 7 // -2 }} {{ -7 % 3 }} {{ 7 % -3 }} {{ neg // 2 }}\n", D),
    ("power is left associative and unary minus binds tighter", "{{ 2 ** 3 ** 2 }} {{ -2 ** 2 }}\n", D),
    ("division that is exact in binary", "{{ 7 / 2 }} {{ 1 / 4 }}\n", D),
    ("filters bind tighter than operators", "{{ 10 - 3|abs }} {{ -5|abs }} {{ 'a' ~ 2 * 3 }} {{ xs|length > 2 }}\n", D),
    ("is binds tighter than plus", "{{ 1 + 2 is odd }} {{ not none is defined }}\n", D),
    ("comparisons chain", "{{ 1 < 2 < 3 }} {{ 3 > 2 > 2 }} {{ 1 == 1 == true }}\n", D),
    ("booleans are integers in arithmetic", "{{ 1 == true }} {{ 0 == false }} {{ true + 1 }} {{ '1' == 1 }}\n", D),
    ("in and not in", "{{ '县' in 单位 }} {{ 2 in xs }} {{ 'a' in d }} {{ 9 not in xs }} {{ 'z' not in d }}\n", D),
    ("and or return operands", "[{{ 0 or '备用' }}][{{ '' and 1 }}][{{ [] or 0 }}][{{ 1 and 2 }}][{{ not 0 }}]\n", D),
    ("conditional expression", "{{ 'a' if t else 'b' }}{{ 'c' if f else 'd' }}[{{ 'x' if f }}]\n", D),
    ("string and list concatenation", "{{ 'a' + 'b' }} {{ ([1] + [2])|join('-') }} {{ '-' * 3 }} {{ 1 ~ true ~ none }}\n", D),
    ("truthiness", "{% for v in [0, 1, '', '0', 'false', ' ', [], [0], none] %}{{ 'T' if v else 'F' }}{% endfor %}\n", D),
    # statements
    ("if elif else", "{% for v in [1, 2, 3] %}{% if v == 1 %}one{% elif v == 2 %}two{% else %}many{% endif %} {% endfor %}\n", D),
    ("for with loop variables", "{% for x in xs %}{{ loop.index }}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }} {% endfor %}\n", D),
    ("for with filter counts kept items", "{% for x in xs if x > 1 %}{{ loop.index }}/{{ loop.length }}:{{ x }}{{ ',' if not loop.last }}{% endfor %}\n", D),
    ("for else when the filter drops all", "{% for x in xs if x > 9 %}{{ x }}{% else %}无{% endfor %}\n", D),
    ("for else on empty list", "{% for x in [] %}{{ x }}{% else %}空{% endfor %}\n", D),
    ("loop cycle", "{% for x in xs %}{{ loop.cycle('odd', 'even') }} {% endfor %}\n", D),
    ("tuple targets and items", "{% for k, v in d|items %}{{ k }}={{ v }};{% endfor %}{% for a, b in pairs %}{{ a }}{{ b }}{% endfor %}\n", D),
    ("items method", "{% for k, v in d.items() %}{{ k }}{% endfor %}\n", D),
    ("iterating a mapping gives keys in order", "{% for k in d %}{{ k }}{% endfor %}\n", D),
    ("iterating a string gives characters", "{% for c in '绩效' %}[{{ c }}]{% endfor %}\n", D),
    ("nested loops and outer loop", "{% for a in [1, 2] %}{% set outer = loop %}{% for b in [1, 2] %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}\n", D),
    ("set inside a loop does not leak", "{% set x = 'out' %}{% for i in xs %}{% set x = i %}{{ x }}{% endfor %} {{ x }}\n", D),
    ("set inside if is visible after", "{% if t %}{% set y = 5 %}{% endif %}{{ y }}\n", D),
    ("set block", "{% set s %}<{{ n }}>{% endset %}{{ s }}{{ s|length }}\n", D),
    ("range", "{{ range(3)|join(',') }} {{ range(1, 4)|join(',') }} {{ range(10, 0, -3)|join(',') }}\n", D),
    ("macro with defaults and keywords", "{% macro row(name, score=0, unit='分') %}{{ name }}：{{ score }}{{ unit }}{% endmacro %}{{ row('甲') }} {{ row('乙', 5) }} {{ row('丙', unit='点', score=2) }}\n", D),
    ("macro does not see loop variables of the caller", "{% macro m() %}{{ x is defined }}{% endmacro %}{% for x in xs %}{{ m() }}{% endfor %}\n", D),
    # undefined (§2.5) and default (§2.6)
    ("defined tests on missing values", "{{ missing is defined }} {{ missing is undefined }} {{ missing is none }} {{ d.missing is defined }} {{ xs[99] is defined }}\n", D),
    ("default replaces only undefined", "[{{ missing|default('无') }}][{{ 空|default('无') }}][{{ 零|d(5) }}][{{ none|default('x') }}][{{ 空|default('无', true) }}][{{ f|default(1, boolean=true) }}]\n", D),
    ("and short-circuits before an undefined attribute", "{{ d.missing is defined and d.missing.x is defined }}\n", D),
    # filters
    ("length counts code points", "{{ 'e\\u0301'|length }} {{ '🇨🇳'|length }} {{ 'a\\r\\nb'|length }} {{ 单位|count }} {{ d|length }}\n", D),
    ("join with attribute and mixed items", "{{ 行|join('、', attribute='名称') }} {{ [1, '二', true]|join('、') }}\n", D),
    ("case filters", "{{ 'hELLO wORLD-x'|title }} {{ \"it's\"|title }} {{ 'hELLO'|capitalize }} {{ 5|lower }} {{ true|upper }}\n", D),
    ("trim strips the ideographic space", "[{{ '\\u3000 内容 \\t'|trim }}][{{ 'xxaxx'|trim('x') }}]\n", D),
    ("replace with count", "{{ 'aaa'|replace('a', 'b') }} {{ 'aaa'|replace('a', 'b', 2) }} {{ 'ab'|replace('', '-') }}\n", D),
    ("first and last", "{{ xs|first }} {{ xs|last }} {{ 单位|first }} {{ 单位|last }}\n", D),
    ("sort is case insensitive and stable", "{{ words|sort|join(',') }} {{ words|sort(case_sensitive=true)|join(',') }} {{ xs|sort(reverse=true)|join(',') }} {{ 行|sort(attribute='得分')|join(',', attribute='名称') }}\n", D),
    ("reverse", "{{ '绩效报告'|reverse }} {{ xs|reverse|list|join(',') }}\n", D),
    ("sum min max", "{{ xs|sum }} {{ 行|sum(attribute='得分') }} {{ xs|sum(start=10) }} {{ xs|min }} {{ xs|max }} {{ words|max }} {{ words|min }} {{ (行|max(attribute='分值')).名称 }}\n", D),
    ("int and float", "{{ '12'|int }} {{ ' 12 '|int }} {{ '1.9'|int }} {{ '-3'|int }} {{ '007'|int }} {{ 'abc'|int }} {{ 'abc'|int(7) }} {{ true|int }} {{ price|int }} {{ 3|float }}\n", D),
    ("round of integers", "{{ 5|round }} {{ 7|round(method='floor') }}\n", D),
    ("string and list filters", "{{ 5|string ~ 1 }} {{ '绩效'|list|join('/') }} {{ d|list|join(',') }}\n", D),
    ("map select reject", "{{ 行|map(attribute='名称')|join(',') }} {{ xs|select('odd')|list|join(',') }} {{ xs|reject('odd')|join(',') }} {{ words|map('upper')|join }}\n", D),
    ("selectattr rejectattr", "{{ 行|selectattr('分值', 'eq', 5)|map(attribute='名称')|join(',') }} {{ 行|rejectattr('分值', '>', 5)|list|length }} {{ 行|selectattr('得分')|list|length }}\n", D),
    ("items and dictsort", "{{ d|dictsort|map('first')|join(',') }} {{ d|dictsort(by='value', reverse=true)|map('last')|join(',') }}\n", D),
    ("unique keeps the first spelling", "{{ words|unique|join(',') }} {{ [1, 2, 1]|unique|list|length }}\n", D),
    ("format", "{{ '%s：%s'|format('得分', 95) }} {{ '%d%%'|format(50) }} {{ '%05d'|format(42) }} {{ '%-4s|'|format('a') }} {{ '%.2f'|format(price) }}\n", D),
    ("indent", "{{ text|indent(2) }}|{{ text|indent(2, true) }}|{{ text|indent(2, blank=true) }}|{{ 'x'|indent('> ', first=true) }}\n", D),
    ("escape filter in text mode", "{{ html|e }} {{ html|escape|e }}\n", D),
    ("tests", "{{ 3 is odd }} {{ 4 is even }} {{ 9 is divisibleby 3 }} {{ 9 is divisibleby(4) }} {{ none is none }} {{ t is boolean }} {{ t is true }} {{ f is false }} {{ 1 is integer }} {{ t is integer }} {{ t is number }} {{ '' is string }} {{ d is mapping }} {{ xs is sequence }} {{ 单位 is iterable }} {{ 3 is in(xs) }} {{ 3 is eq 3 }} {{ 3 is ne 3 }} {{ 2 is lt 3 }} {{ 3 is le 3 }} {{ 3 is gt 3 }} {{ 3 is ge 3 }} {{ 1 is not string }}\n", D),
    ("selectattr with comparison aliases", "{{ 行|selectattr('分值', '>=', 10)|map(attribute='名称')|first }} {{ xs|select('lessthan', 3)|join }} {{ xs|select('==', 3)|join }}\n", D),
    # HTML autoescape (§2.10)
    ("html escapes data and literals", "{{ html }}|{{ '<b>' }}|{{ html|safe }}|{{ html|e }}|{{ n }}|{{ t }}\n", D, "main.html"),
    ("html join escapes the separator too", "{{ ['<a>', 'b&c']|join('<br>') }}|{{ ['<a>'|safe, 'b&c']|join('<br>') }}\n", D, "main.html"),
    ("html concat and default are escaped once", "{{ '<' ~ html }}|{{ missing|default('<无>') }}|{{ html|safe ~ '<' }}\n", D, "main.html"),
    ("html macro and set block output is not escaped twice", "{% macro b(x) %}<b>{{ x }}</b>{% endmacro %}{{ b('<i>') }}{% set s %}<p>{{ html }}</p>{% endset %}{{ s }}\n", D, "main.html"),
    ("html escape of safe value is not repeated", "{{ html|e|e }}|{{ '<x>'|safe|e }}\n", D, "main.html"),
    # template syntax inside data is text
    ("template syntax in data is not run", "{{ code }}\n", {"code": "{{ 1 + 1 }}{% if %}"}),
    # include and extends
    ("include sees loop target but not loop", "{% for row in 行 %}{% include 'part.txt' %}{% endfor %}\n", D, "main.txt", {"part.txt": "{{ row.名称 }}:{{ loop is defined }};\n"}),
    ("extends with blocks and super", "{% extends 'base.txt' %}{% block title %}子{{ super() }}{% endblock %}ignored\n", D, "main.txt",
     {"base.txt": "<{% block title %}父{% endblock %}>\n{% block body %}默认{% endblock %}\n"}),
    ("multi-level extends", "{% extends 'mid.txt' %}{% block a %}C{{ super() }}{% endblock %}", D, "main.txt",
     {"mid.txt": "{% extends 'base.txt' %}{% block a %}B{{ super() }}{% endblock %}", "base.txt": "[{% block a %}A{% endblock %}]\n"}),
    # errors Jinja2 raises at render time
    ("printing undefined fails", "{{ missing }}\n", D),
    ("if on undefined fails", "{% if missing %}x{% endif %}\n", D),
    ("attribute of undefined fails even in a test", "{{ d.missing.x is defined }}\n", D),
    ("comparing with undefined fails", "{{ missing == 1 }}\n", D),
    ("string plus number fails", "{{ '合计' + 1 }}\n", D),
    ("ordering string and number fails", "{{ 'a' < 1 }}\n", D),
    ("number in string fails", "{{ 3 in 'abc' }}\n", D),
    ("concat then add fails", "{{ 'a' ~ 1 + 2 }}\n", D),
    ("division by zero fails", "{{ 1 // 0 }}\n", D),
    ("length of a select fails", "{{ xs|select('odd')|length }}\n", D),
    ("empty first printed fails", "{{ []|first }}\n", D),
    ("too many macro arguments fail", "{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}\n", D),
]


def exact_json(data):
    """JSON with Decimals written as numbers with their digits (json.dumps cannot)."""
    text = json.dumps(data, ensure_ascii=False, default=lambda d: f"__decimal__{d}")
    return re.sub(r'"__decimal__([-0-9.]+)"', r"\1", text)


def main():
    out = []
    for case in CASES:
        name, template, data = case[:3]
        main_name = case[3] if len(case) > 3 else "main.txt"
        others = case[4] if len(case) > 4 else {}
        templates = {main_name: template, **others}
        env = jinja2.Environment(loader=jinja2.DictLoader(templates), undefined=jinja2.StrictUndefined,
                                 autoescape=lambda n: (n or "").endswith(".html"), trim_blocks=True,
                                 lstrip_blocks=True, keep_trailing_newline=True)
        entry = {"name": name, "main": main_name, "templates": templates, "data": exact_json(data)}
        try:
            entry["expected"] = env.get_template(main_name).render(**data)
        except Exception as error:
            entry["error"] = True
            entry["jinja"] = f"{type(error).__name__}: {error}"
        out.append(entry)
    with open("jinja-conformance.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


main()
