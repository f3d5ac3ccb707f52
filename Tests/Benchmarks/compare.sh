#!/usr/bin/env bash
# Times jixiao beside Jinja2 in one run and prints ratios (jixiao's time ÷ the other's; below 1
# is faster). Run from the repository: bash Tests/Benchmarks/compare.sh [ROUNDS]
# Needs python3 with Jinja2 (pip install jinja2) and a release build (built here).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
here=Tests/Benchmarks
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make-data.py"
swift build -c release --product JixiaoBenchmarks >/dev/null
swift build -c release --product jixiao >/dev/null
bench=.build/release/JixiaoBenchmarks
jixiao=.build/release/jixiao
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
value() { sed -n 's/^[a-z_]*=//p'; }

# The same output from both engines, or the comparison means nothing.
"$bench" render "$here/报告.txt" "$here/报告数据.json" 1 "$work/jixiao.txt" >/dev/null
python3 "$here/jinja2_bench.py" render "$here/报告.txt" "$here/报告数据.json" 1 "$work/jinja2.txt" >/dev/null
cmp "$work/jixiao.txt" "$work/jinja2.txt"
echo "报告 $(wc -c < "$work/jixiao.txt") 字节，两个引擎输出相同；每项 $rounds 轮，取中位数"

# A trivial Foundation program, the floor of a cold start.
printf 'import Foundation\nprint(Date().timeIntervalSince1970 > 0)\n' > "$work/trivial.swift"
swiftc -O "$work/trivial.swift" -o "$work/trivial" 2>/dev/null
mkdir -p "$work/unit" "$work/alone"
cp Inputs/2024年度遂溪县人民政府办公室本级.yaml "$work/unit/"
# The binary alone, away from any Templates folder: it uses the set built into it, written
# into the cache folder on the first run (then read from there).
cp "$jixiao" "$work/alone/jixiao"
cold() { local start end; start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(( (end - start) / 1000 )); }

declare -A samples
for _ in $(seq "$rounds"); do
  samples[jr]+="$("$bench" render "$here/报告.txt" "$here/报告数据.json" 2000 "$work/o1" | value) "
  samples[pr]+="$(python3 "$here/jinja2_bench.py" render "$here/报告.txt" "$here/报告数据.json" 2000 "$work/o2" | value) "
  samples[jb]+="$("$bench" batch "$here/报告.txt" "$here/报告数据.json" 1000 "$work/b1" | value) "
  samples[pb]+="$(python3 "$here/jinja2_bench.py" batch "$here/报告.txt" "$here/报告数据.json" 1000 "$work/b2" | value) "
  samples[u1]+="$("$bench" units Inputs 1000 1 | value) "
  samples[u2]+="$("$bench" units Inputs 1000 2 | value) "
  samples[jp]+="$("$bench" parse Inputs/2020年度中共湛江市委办公室.yaml 2000 | value) "
  rm -rf "$work/unit/2024年度遂溪县人民政府办公室本级"
  samples[cr]+="$(cold "$jixiao" render "$work/unit/2024年度遂溪县人民政府办公室本级.yaml" --templates Templates) "
  samples[cb]+="$(cd "$work/alone" && XDG_CACHE_HOME="$work/cache" cold ./jixiao render "$work/unit/2024年度遂溪县人民政府办公室本级.yaml" -o "$work/alone/out" --force) "
  samples[cc]+="$(cold "$jixiao" check "$work/unit/2024年度遂溪县人民政府办公室本级.yaml" --templates Templates) "
  samples[ct]+="$(cold "$work/trivial") "
done
m() { echo "${samples[$1]}" | tr ' ' '\n' | grep -v '^$' | median; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "暖渲染（同一模板渲染 2000 次）：jixiao $(m jr) 微秒/次，Jinja2 $(m pr) 微秒/次，比值 $(ratio "$(m jr)" "$(m pr)")"
echo "一个进程写 1000 份报告：jixiao $(m jb) 微秒/份，Jinja2 $(m pb) 微秒/份，比值 $(ratio "$(m jb)" "$(m pb)")"
echo "1000 个单位全流程（读、检查、三份文件三种格式）：1 线程 $(m u1) 微秒/单位，2 线程 $(m u2) 微秒/单位，比值 $(ratio "$(m u2)" "$(m u1)")"
echo "冷启动 render 一个单位（全部格式，写文件）：$(m cr) 微秒；只打印一行的 Foundation 程序：$(m ct) 微秒；比值 $(ratio "$(m cr)" "$(m ct)")"
echo "冷启动 render，用程序自带的模板（缓存文件夹里的一套）：$(m cb) 微秒；比值 $(ratio "$(m cb)" "$(m ct)")"
echo "冷启动 check 一个单位：$(m cc) 微秒；比值 $(ratio "$(m cc)" "$(m ct)")"
echo "读取数据文件：jixiao $(m jp) 微秒/次（与 JSONSerialization 的比较见 JixiaoBenchmarks reader）"
