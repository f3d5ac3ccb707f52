"""Jinja2's side of compare.sh: the same modes and output lines as JixiaoBenchmarks
(render TEMPLATE DATA N OUT, batch TEMPLATE DATA COUNT OUTDIR), with the settings jixiao
reproduces (trim_blocks, lstrip_blocks, keep_trailing_newline, StrictUndefined)."""
import json, os, sys, time
import jinja2

def load(template, data):
    folder, name = os.path.split(template)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder or "."), trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined, autoescape=False)
    with open(data, encoding="utf-8") as f:
        return env.get_template(name), json.load(f)

def timed(count, body):
    for _ in range(max(count // 10, 1)):
        body()
    start = time.perf_counter_ns()
    for _ in range(count):
        body()
    return (time.perf_counter_ns() - start) / count / 1000

mode, template, data, count, out = sys.argv[1:6]
count = int(count)
tmpl, values = load(template, data)
if mode == "render":
    result = {}
    us = timed(count, lambda: result.__setitem__("text", tmpl.render(values)))
    with open(out, "w", encoding="utf-8") as f:
        f.write(result["text"])
    print(f"us_per_render={us:.1f}")
elif mode == "batch":
    os.makedirs(out, exist_ok=True)
    index = [0]
    def one():
        unit = dict(values, 单位=f"测试单位{index[0]}")
        with open(os.path.join(out, f"{index[0]}.out"), "w", encoding="utf-8") as f:
            f.write(tmpl.render(unit))
        index[0] += 1
    print(f"us_per_report={timed(count, one):.1f}")
