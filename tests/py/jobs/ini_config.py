# Parse an INI-style configuration with sections, comments, types and validation errors.
TEXT = """
; global settings
[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = yes

[database]
url = fat://data/app.db
timeout = 2.5
# trailing comment
[limits]
max_body = 1_048_576
bad_line_here
port = eighty
"""
class ConfigError(Exception):
    pass
def convert(value):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    return value
def parse(text):
    config, section, errors = {}, None, []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = config.setdefault(line[1:-1].strip(), {})
            continue
        if "=" not in line:
            errors.append("line %d: expected key = value: %r" % (n, line))
            continue
        if section is None:
            errors.append("line %d: key outside a section" % n)
            continue
        key, _, value = line.partition("=")
        section[key.strip()] = convert(value.strip())
    return config, errors
config, errors = parse(TEXT)
for name, sec in config.items():
    print("[%s]" % name)
    for k, v in sec.items():
        print("  %s = %r (%s)" % (k, v, type(v).__name__))
for e in errors:
    print("error:", e)
def require(section, key, typ):
    v = config.get(section, {}).get(key)
    if not isinstance(v, typ):
        raise ConfigError("%s.%s must be %s, got %r" % (section, key, typ.__name__, v))
    return v
for sec, key, typ in [("server", "port", int), ("limits", "port", int), ("database", "timeout", float)]:
    try:
        print(sec, key, require(sec, key, typ))
    except ConfigError as e:
        print("ConfigError:", e)
