# uniconf: the image as a job sees it: uniconf.config (each configuration
# key's typed value: the default, `configure --set`, or a boot argument),
# uniconf.devices (the calling job's device objects by name), uniconf.name,
# uniconf.target, uniconf.version, uniconf.job. Frozen into the runtime by
# uniconf-freeze; the native part is _uniconf.
import _uniconf

name = _uniconf.name
target = _uniconf.target
version = _uniconf.version


class Config:
    """A read-only mapping of configuration keys to their values; keys are
    also attributes (uniconf.config.port)."""

    def __init__(self, values, types):
        object.__setattr__(self, "_values", values)
        object.__setattr__(self, "_types", types)

    def __getitem__(self, key):
        return self._values[key]

    def __getattr__(self, key):
        try:
            return object.__getattribute__(self, "_values")[key]
        except KeyError:
            raise AttributeError("the image has no configuration key '%s'" % key) from None

    def __setattr__(self, key, value):
        raise TypeError("uniconf.config is read-only: set keys at configure time "
                        "(--set KEY=VALUE) or at boot (KEY=VALUE)")

    __delattr__ = __setattr__

    def __setitem__(self, key, value):
        self.__setattr__(key, value)

    __delitem__ = __setitem__

    def __contains__(self, key):
        return key in self._values

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        return dict(self._values) == (dict(other._values) if isinstance(other, Config)
                                      else other)

    def __repr__(self):
        return "uniconf.config(%r)" % (self._values,)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def get(self, key, default=None):
        return self._values.get(key, default)

    def type(self, key):
        """The key's type as unikernel.yml writes it: int, str, bool, ipv4."""
        return self._types[key][0]

    def doc(self, key):
        return self._types[key][1]


config = Config(_uniconf.config(), _uniconf.config_types())


class Device:
    """One of the job's devices: its name, type and settings (attributes)."""

    def __init__(self, name, type, settings):
        self.name = name
        self.type = type
        for key, value in settings.items():
            setattr(self, key, value)

    def __repr__(self):
        return "<uniconf.Device %s (%s)>" % (self.name, self.type)


class Console(Device):
    """The console: writes go to the image's stdout; lines come from its input."""

    def write(self, text):
        print(text, end="")
        return len(text)

    def print(self, *args, **kwargs):
        print(*args, **kwargs)

    def readline(self, timeout=None):
        """The next input line with its newline, "" at the end of the input;
        blocks only the calling task. TimeoutError after TIMEOUT seconds."""
        return _uniconf.console_readline(timeout)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


_KINDS = {"console": Console}
_by_job = {}  # job index -> [device objects] in start() order


def _job_devices():
    """The calling job's device objects, in its start() order (the runtime
    calls start(*_job_devices())). The same objects every time."""
    job = _uniconf.job_index()
    devices = _by_job.get(job)
    if devices is None:
        devices = [_KINDS.get(kind, Device)(dev, kind, settings)
                   for dev, kind, settings in _uniconf.devices()]
        _by_job[job] = devices
    return devices


def __getattr__(attr):
    if attr == "devices":
        return {device.name: device for device in _job_devices()}
    if attr == "job":
        return _uniconf.job()
    raise AttributeError("module 'uniconf' has no attribute '%s'" % attr)
