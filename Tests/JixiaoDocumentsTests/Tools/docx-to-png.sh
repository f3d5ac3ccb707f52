#!/bin/sh
# Prints jixiao's documents through real readers and shows every page as PNG, so a contributor
# can look at what a 财政局 will print.
#
#   Tests/JixiaoDocumentsTests/Tools/docx-to-png.sh [OUTPUT_FOLDER] [DATA_FILE...]
#
# Renders each data file (default: all of Inputs/) with --format all, converts every .docx to
# PDF with LibreOffice (`soffice --headless --convert-to pdf`) and every HTML document with
# headless Chromium (`--print-to-pdf --no-pdf-header-footer`), turns each PDF page into a PNG
# (`pdftoppm -png`), and prints per PDF its page count and, for its second page (plain body text
# in a report), the number of text lines and the longest line in characters (GB/T 9704-2012:
# 22 lines of 28 characters). Needs: apt-get install -y libreoffice-writer-nogui poppler-utils
# chromium fonts-noto-cjk (fonts-arphic-ukai gives 楷体 headings a face of their own).
#
# The official faces (仿宋_GB2312, 方正小标宋简体, 楷体_GB2312, 黑体) are not free; a private
# fontconfig file maps them to the Noto CJK / AR PL faces installed, as Word and WPS would
# substitute on a machine without them. Nothing outside OUTPUT_FOLDER is changed.
set -eu

root=$(cd "$(dirname "$0")/../../.." && pwd)
out=${1:-$(mktemp -d /tmp/jixiao-print.XXXXXX)}
[ $# -gt 0 ] && shift
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in soffice pdftoppm pdfinfo pdftotext chromium; do
    command -v "$tool" >/dev/null || { echo "缺少 $tool：apt-get install -y libreoffice-writer-nogui poppler-utils chromium fonts-noto-cjk" >&2; exit 1; }
done

(cd "$root" && swift build --product jixiao >/dev/null)
jixiao="$root/.build/debug/jixiao"

cat > "$out/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>仿宋</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>AR PL UKai CN</family><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$out/fonts.conf"

# Pages; for page 2 the text lines (without the page number) and the longest line in characters;
# and whether every page carries its page number "— N —".
measure() {
    pages=$(pdfinfo "$1" | awk '/^Pages:/ { print $2 }')
    second=""
    if [ "$pages" -ge 2 ]; then
        lines=0 longest=0
        while IFS= read -r line; do
            case "$(printf '%s' "$line" | tr -d ' ')" in ""|*"—2—"*) continue ;; esac
            lines=$((lines + 1))
            width=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)
            [ "$width" -gt "$longest" ] && longest=$width
        done <<LINES
$(pdftotext -f 2 -l 2 "$1" - | tr -d '\f')
LINES
        second="第 2 页 $lines 行，最长一行 $longest 字"
    fi
    numbered=0 page=1
    while [ "$page" -le "$pages" ]; do
        pdftotext -f "$page" -l "$page" "$1" - | tr -d ' ' | grep -q "—$page—" && numbered=$((numbered + 1))
        page=$((page + 1))
    done
    printf '%-4s %3s 页（%s 页有页码）  %s  %s\n' "$2" "$pages" "$numbered" "$second" "$(basename "$1")"
}

[ $# -gt 0 ] || set -- "$root"/Inputs/*.yaml
for input in "$@"; do
    name=$(basename "$input" .yaml)
    folder="$out/$name"
    rm -rf "$folder"
    "$jixiao" render "$input" -o "$folder" --format all >/dev/null 2>&1
    for docx in "$folder"/*.docx; do
        soffice -env:UserInstallation="file://$out/.soffice" --headless --convert-to pdf --outdir "$folder/word" "$docx" >/dev/null 2>&1
    done
    mkdir -p "$folder/html"
    for html in "$folder"/*.html; do
        [ "$(basename "$html")" = index.html ] && continue
        chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
            --print-to-pdf="$folder/html/$(basename "$html" .html).pdf" "file://$html" >/dev/null 2>&1
    done
    for pdf in "$folder"/word/*.pdf "$folder"/html/*.pdf; do
        kind=$(basename "$(dirname "$pdf")")
        pdftoppm -png -r 50 "$pdf" "${pdf%.pdf}"
        measure "$pdf" "$kind"
    done
done
echo "PNG 和 PDF 在 $out"
