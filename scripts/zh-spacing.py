#!/usr/bin/env python3
"""Chinese spacing around placeholders in xliff/zh-CN.xlf (issue 16).

The zh-CN targets were written with a space on both sides of every placeholder
<x id=".." equiv-text="${...}"/>, as in English. Chinese puts no space between words, so this
script edits only the <target> texts:

- between a placeholder that stands for words shown in Chinese (a name, a label, a phrase —
  WORD_PLACEHOLDERS, judged from the equiv-text and the call sites in src/) and an adjacent Han
  character, the space is removed ("在 焊接 感觉快了" -> "在焊接感觉快了");
- between any placeholder and Chinese punctuation, on either side, the space is removed;
- spaces around placeholders that are numbers, units, code or formatted values are kept
  ("第 3 个月"), and so is every placeholder not in WORD_PLACEHOLDERS (when unsure: keep).

Run: python3 scripts/zh-spacing.py   (rewrites xliff/zh-CN.xlf in place, prints the count of
units changed), then npm run i18n:build. Running it twice changes nothing the second time.
"""
import re
import sys
from pathlib import Path

XLF = Path(__file__).resolve().parent.parent / 'xliff' / 'zh-CN.xlf'

# equiv-text expressions (inside ${...}, <strong> stripped) that are words shown in Chinese.
WORD_PLACEHOLDERS = {
    'name', 'label', 'reason', 'station', 'strategy', 'state', 'stateName', 'states',
    'good', 'bad', 'pilot', 'launch', 'challenger', 'other', 'others', 'text', 'part',
    'what', 'where', 'said', 'was', 'step', 'problem', 'problems', 'description', 'metric',
    'lesson', 'nextLabel', 'lowLabel', 'startLabel', 'pilotLabel', 'launchLabel', 'yLabel',
    'shownName(name)', 'shownName(station.name)', 'station.name', 's.name', 'savedName',
    'bestName', 'leastName', 'names.second', 'names.good', 'names', 'words[key]', 'words.one',
    'words.many', 'labels[key]', 'unitsWord()', 'perHourWord()', 'why()', 'why', 'sentence',
    'summary', 'phrase', 'question', 'title', 'heading', 'hint', 'kind', 'rule', 'head',
    'newsvendor', 'this.caseLabel(c)', 'this.label', 'this.metric', 'this.yLabel', 'this.xLabel',
    'list', 'formatList(list)', 'first', 'second', 'last', 'who', 'top', 'issues', 'clauses',
    'joinClauses(losing)', 'next.title', 'room.lessonTitle', 'element', 'fileWord', 'which',
    'basis', 'fields', 'base', 'line', 'element',
}

# Per unit (trans-unit id): placeholders that are words there although their name is usually a
# number ('words'), and times/amounts formatted with a Chinese unit ("8.2 分钟"), so the space
# after them, before a Han character, goes ('unit_after'); the space before them stays.
UNIT_OVERRIDES = {
    's0b7748c1580fcbf5': {'words': {'from', 'to'}},  # Move "element" from <station> to <station>
    'sbf9327037fae0c7c': {'unit_after': {'leavesAt', 'finalFrom'}},  # step-chart summary
    's10396d371c513629': {'unit_after': {'at', 'finalFrom'}},
    'sc442a3e7ffa0c988': {'unit_after': {'at', 'maxAt', 'finalFrom'}},
    'sa7250f23a2c1effb': {'unit_after': {'from'}},  # waterfall: fell from <value unit> to ...
    's598b7bafb98e46c5': {'unit_after': {'from'}},
    'sf51012aa093e8432': {'unit_after': {'taktTime'}},  # 每 <time> 出一件
    # a strategy's name, often ending in a number ("上市 30,000"): keep the space
    's8006ec9d1b272dec': {'not_words': {'label'}},
    'sa3915c37adc08579': {'not_words': {'label'}},
    'sc0cae55a395f9c8c': {'not_words': {'strategy'}},
}

HAN = '\u3400-\u4dbf\u4e00-\u9fff'
PUNCT = '，。：；、（）“”！？《》'
# A count reads with its measure word ("卖 <x/> 辆", "第 <x/> 步"): a placeholder followed by one
# of these, or preceded by 第, is a number even when its name is usually a word (${good} is the
# "good" market's name in one sentence and its monthly sales in another).
MEASURE = '辆件个行列步人次天月年台名'
PLACEHOLDER = r'<x id="\d+" equiv-text="([^"]*)"/>'


def expr(equiv: str) -> str:
    e = equiv.replace('&lt;strong&gt;', '').replace('&lt;/strong&gt;', '')
    m = re.fullmatch(r'\$\{(.*)\}', e)
    return m.group(1) if m else ''


def fix_target(text: str, unit_id: str = '') -> str:
    over = UNIT_OVERRIDES.get(unit_id, {})
    words = (WORD_PLACEHOLDERS | over.get('words', set())) - over.get('not_words', set())
    unit_after = over.get('unit_after', set())

    def after(m: re.Match) -> str:  # placeholder, space, character
        ph, ch = m.group(1), m.group(3)
        e = expr(m.group(2))
        if ch in PUNCT or (e in words and ch not in MEASURE) or e in unit_after:
            return ph + ch
        return m.group(0)

    def followed_by_measure(m: re.Match) -> bool:
        rest = m.string[m.end():]
        return re.match(f' ?[{MEASURE}]', rest) is not None

    def before(m: re.Match) -> str:  # character, space, placeholder
        ch, ph = m.group(1), m.group(2)
        if ch in PUNCT or (expr(m.group(3)) in words and ch != '第'
                           and not followed_by_measure(m)):
            return ch + ph
        return m.group(0)

    text = re.sub(f'({PLACEHOLDER}) ([{HAN}{PUNCT}])', after, text)
    text = re.sub(f'([{HAN}{PUNCT}]) ({PLACEHOLDER})', before, text)
    text = re.sub(r' 猜对了', '猜对了', text)
    return text


def main() -> int:
    src = XLF.read_text(encoding='utf-8')
    changed = 0

    def unit(m: re.Match) -> str:
        nonlocal changed
        new = fix_target(m.group(3), m.group(1))
        if new != m.group(3):
            changed += 1
        return m.group(0)[: m.start(3) - m.start(0)] + new + m.group(4)

    out = re.sub(r'<trans-unit id="([^"]+)">(.*?)<target>(.*?)(</target>)', unit, src, flags=re.S)
    XLF.write_text(out, encoding='utf-8')
    print(f'{changed} units changed in {XLF.name}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
