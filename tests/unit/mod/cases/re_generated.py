# re: 250 generated patterns (groups, alternation, repeats of empty-matching bodies, lookaround, atomic groups,
# backreferences) over ten subjects; search, findall, sub and split against CPython. From a fixed-seed generator.
import re
subjects = ['', 'a', 'ab', 'aab', 'abab', 'xayb1', 'é a_1', 'bbb aaa', 'a\nb', 'ba9 ab']
p = '(?!\\B{,2}?)|(?P<n>a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '$'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'x'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!((?P<n>(?:))))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\s'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\B'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?P<n>\\B(ab)))|(?<=ab)|(?P<n>$|bb{1,3})'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?>))\\W'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab](?P=n)|(?![^a]??|\\1[a-c]\\b)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\s|\\B\\1{,2}?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(?:(\\s)+?)(?P<n>+?)??)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!$)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[^a]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=[xy])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]*+|[^a]|\\Z|((?!$))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=[a-c])*?(x{2})*|((?P=n)??)[^a]{2}xa*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\A){1,3}{,2}?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = ''
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]|a'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?=[ab])|[é-ü])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>\\Z)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:.(?=(?!\\W{2,})))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?![a-c]b{2,})|(?:[a-c])\\d'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z|(?!ab(?P<n>\\bx))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=[^a])+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=)|\\1[^a]$|\\W|\\B\\W'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?=(?=\\W)))[a-c]$|x|[^a][a-c]\\d|(?:\\1\\d){2}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\s*?)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:é*?\\1*+)[é-ü]|(?P<n>((?P<n>\\w))(?=\\s))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=ab)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'x|(?=\\d$|(?=^){2})'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=ab)|\\wé|\\w|\\d|[ab].'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[^a]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=\\d)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?!é)|)|(?P=n)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?P=n))??'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=\\b)??{1,3}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?P=n)(?!x)?)(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(^+)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>([ab]\\1|.)|\\W)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(ab.(?=(?:b)))(?>é)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\1)|(?<=ab)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=[a-c])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(?<=ab))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?:(?=^)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?=(?P<n>\\1))\\W\\W|(?P<n>\\s)|((?<=[xy])))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '$'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '.[ab][ab]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?:a|)[é-ü]\\b*+([ab](.)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A|a?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>\\sa)(\\B|\\B(?:ab)?)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '.'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:.*)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:[a-c])x'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?<=[xy])|\\1bab)*+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?P<n>[^a]))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[a-c]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=ab)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=\\d){1,3}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é{2}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(x\\d|a+?++)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\s\\b?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\A(?!\\W|$))|\\W'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!x{2,})'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '([a-c]ab{1,3}|\\A)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>[é-ü]|bé|[ab])(?:(?P<n>a))|(?=(?!\\b))|(?>((?P=n)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(x)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = ''
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!é)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!\\1)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(\\A))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[a-c]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(([^a])))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(a)??|[é-ü]é{,2}?{,2}?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d|\\1|(?P<n>(?P=n))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\s*?(?=a+\\A*+))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?P<n>[a-c]))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>$)|((?![ab]))|(?![é-ü])(\\B)+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=ab)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>é[^a]{2,}){,2}?(\\B)*?[ab](?P=n){2}{2,}{,2}?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ax'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?P<n>(?>\\b)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(b)(([a-c]\\Z))\\s{2,}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '.'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'x'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?P<n>\\d))[ab]*'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(([ab]))??\\b??'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[a-c]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '$(?P<n>(\\B(?P=n))??)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z{,2}?([é-ü])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'abx'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?=[a-c])a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'a'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(((?:\\Z)))*+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d{2}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?:[a-c]\\1)|(())|(?:\\d))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(?=(é)))((?=[é-ü]))*'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\w'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '$?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?<=ab))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(é+?)(\\Bx))b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?<=\\d){2,})'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z(?>[ab])|[^a]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?P<n>){1,3}(?>(?:[ab]|\\b)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?!$))|(?![ab])(?:\\W)|ab\\w{2,}x(?P=n)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>\\s)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=^)\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\B){2}|^+?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é{2,}{,2}?|($)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]|\\sx|$[a-c][é-ü]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z|(?P<n>(?P<n>(?<=\\d)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?>\\A))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1{2}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d[a-c]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>[é-ü])(?<=[xy])|(?>\\dé)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?P=n))[é-ü]{1,3}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\B'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(?P<n>[^a].|\\B))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ab|ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?P=n)|[ab].)|(?P<n>.*(?!x))\\A|\\A\\w'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '|\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?>[a-c]|[^a]))\\B{,2}?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?<=\\d))+?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab]??ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?!(?P=n)|(.)|x*?))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:\\B{2,}|é\\w**?)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?<=a){2})'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((ab[é-ü]|$))|x'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:((b))*)(?P<n>\\W\\W)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^+?{2}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=b)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^(?=b)(é)(?<=\\d)*+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\Z)x{,2}?*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=\\b)|é()'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[^a](?>\\1)|(?!é)(\\d)|\\W|(?P=n)|ab|\\W($)(?=[é-ü])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?=^é){1,3})|(?:\\1)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '|((?=((?=\\W))))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=[a-c])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\b\\w|x\\d$|^*(?=$|\\d)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>\\b|[é-ü])|(?<=\\d){2}+?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1[^a]|$|(?:(?<=a))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é+?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?=(?!\\b)))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'b(?!(?:ab))|(?<=ab)\\s|\\w??(?P<n>(?=[é-ü]))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=x)(b)\\W*+(?P<n>(?P=n))x\\W+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(((?=\\1)\\d))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:\\d(?<=a))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P=n)|^|\\B*?(?:(((?P<n>\\A))))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?=((?>\\B))))|(?P<n>(?>(?P=n)\\d))??'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\B\\Z)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[a-c]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((\\1))(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '([ab])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'ab'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\A)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?P<n>é))*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\1{2,}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^{1,3}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'b'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>^)|[ab]**+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(\\B))*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:\\d)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?>(?<=ab){2}))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'a|(?P<n>\\B)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\d+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>a)*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?!(?:b??))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '.'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?=\\A))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\w'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(\\W)|[é-ü])'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\B|\\W|(?P<n>\\Z)|\\B'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[^a](?:(?:[a-c])){2,}|(?<=[xy])|(((?<=[xy])))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[a-c]\\d((?P=n))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^|(?!..)|b+'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?<=\\d)a\\d[é-ü]{,2}?)|(?=[a-c]\\s*)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:[é-ü]\\W\\W+)*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:(?P=n)|(?<=\\d)(?P<n>\\B))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[é-ü]'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:ab)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab](?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?=(?:(?P<n>(a)))))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '.*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:)*'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P=n)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\A'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((?P<n>é))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^|.*?'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=\\s)|(?!é)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:\\W)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=(?P<n>[^a]?))ab|ba\\1|(?=\\d)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[ab](?=(?=\\d))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '^'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?=\\A)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?:([ab](?<=ab)\\wa.|\\d))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '((ab))[é-ü](?!((?:[ab])))|(?P<n>b)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>(^*?))|(?<=ab)(?P<n>\\s)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?<=a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = 'é'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>a)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '[é-ü]??'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?P<n>\\B)'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\w'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = ''
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(?>(?<=a))'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '\\Z'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
p = '(\\b|(?P<n>ab)){1,3}'
try:
    c = re.compile(p)
    for s in subjects:
        m = c.search(s)
        print(repr(p), repr(s), m and (m.span(), m.groups(), m.lastindex), c.findall(s), c.sub('-', s), c.split(s))
except re.error as e:
    print(repr(p), 'error', e)
except RecursionError:
    print(repr(p), 'RecursionError')
