# time: clocks and sleeping (native, from _time) and calendar time in UTC:
# struct_time, gmtime, localtime (the image has no time zone: UTC), mktime,
# strftime, asctime, ctime. Frozen into the runtime by uniconf-freeze.
from _time import *

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
           "tm_wday", "tm_yday", "tm_isdst")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December")


class struct_time(tuple):
    """The time of day as gmtime() gives it: a 9-tuple with named fields."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 9:
            raise TypeError("time.struct_time() takes a 9-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: "UTC")
    tm_gmtoff = property(lambda self: 0)

    def __repr__(self):
        fields = ", ".join("%s=%r" % (name, value) for name, value in zip(_FIELDS, self))
        return "time.struct_time(" + fields + ")"

    __str__ = __repr__

    def __reduce__(self):
        return (struct_time, (tuple(self),))


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    cumulative = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    return cumulative[month - 1] + (1 if month > 2 and _is_leap(year) else 0)


def _civil(days):
    """(year, month, day) of DAYS after 1970-01-01, in the proleptic
    Gregorian calendar: counted in 400-year eras of 146097 days, with the
    year starting in March so that the leap day falls at its end."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    month_index = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * month_index + 2) // 5 + 1
    month = month_index + 3 if month_index < 10 else month_index - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return year, month, day


def _days_from_civil(year, month, day):
    """The inverse of _civil."""
    year -= 1 if month <= 2 else 0
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month - 3 if month > 2 else month + 9) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def gmtime(secs=None):
    if secs is None:
        secs = time()
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    secs = int(secs // 1)
    days, rest = divmod(secs, 86400)
    year, month, day = _civil(days)
    if not 1 <= year <= 9999:
        raise OverflowError("timestamp out of range for platform time_t")
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = _days_before_month(year, month) + day
    return struct_time((year, month, day, hour, minute, second, (days + 3) % 7, yday, 0))


localtime = gmtime


def _tuple_of(t, name):
    if t is None:
        return gmtime()
    t = tuple(t)
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % name)
    return t


def mktime(t):
    year, month, day, hour, minute, second = _tuple_of(t, "mktime")[:6]
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    days = _days_from_civil(year, month, 1) + day - 1
    return float(days * 86400 + hour * 3600 + minute * 60 + second)


def asctime(t=None):
    t = _tuple_of(t, "asctime")
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2],
                                            t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(gmtime(secs))


def strftime(format, t=None):
    t = _tuple_of(t, "strftime")
    year, month, day, hour, minute, second, wday, yday = t[:8]
    if not 1 <= month <= 12:
        raise ValueError("month out of range")
    if not 0 <= wday <= 6:
        raise ValueError("day of week out of range")
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c != "%" or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = format[i + 1]
        i += 2
        if d == "Y":
            out.append(str(year))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "a":
            out.append(_DAYS[wday][:3])
        elif d == "A":
            out.append(_DAYS[wday])
        elif d == "b" or d == "h":
            out.append(_MONTHS[month - 1][:3])
        elif d == "B":
            out.append(_MONTHS[month - 1])
        elif d == "w":
            out.append(str((wday + 1) % 7))
        elif d == "u":
            out.append(str(wday + 1))
        elif d == "Z":
            out.append("UTC")
        elif d == "z":
            out.append("+0000")
        elif d == "c":
            out.append(asctime(t))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X" or d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "s":
            out.append(str(int(mktime(t))))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)
