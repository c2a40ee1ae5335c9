# socket: TCP and UDP over IPv4 on the target's socket layer. The native
# part (_socket) does the work; this adds what CPython's socket.py adds:
# makefile(), create_connection(), create_server() and a readable repr.
# Frozen into the runtime by uniconf-freeze.
import _socket
from _socket import *

_GLOBAL_DEFAULT_TIMEOUT = object()


class socket(_socket.socket):
    """A socket; blocking calls block only the calling task."""

    def __repr__(self):
        closed = self.fileno() < 0
        text = "<socket.socket%s fd=%d, family=%d, type=%d, proto=%d" % (
            " [closed]" if closed else "", self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                text += ", laddr=%r" % (self.getsockname(),)
                text += ", raddr=%r" % (self.getpeername(),)
            except OSError:
                pass
        return text + ">"

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file over the socket, for reading lines ('r', 'rb') and writing
        ('w', 'wb', 'rw', 'rwb'). Closing it leaves the socket open."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        return SocketFile(self, "r" in mode or "w" not in mode, "w" in mode, "b" in mode,
                          encoding or "utf-8", errors or "strict", buffering == 0)


class SocketFile:
    """makefile()'s result: buffered reads by line or size, buffered writes."""

    def __init__(self, sock, reading, writing, binary, encoding, errors, unbuffered):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._unbuffered = unbuffered
        self._in = bytearray()
        self._out = []
        self._eof = False
        self.closed = False
        self.mode = ("r" if reading else "") + ("w" if writing else "") + ("b" if binary else "")

    def _check(self, want_read):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if want_read and not self._reading:
            raise OSError("File not open for reading")
        if not want_read and not self._writing:
            raise OSError("File not open for writing")

    def _result(self, data):
        return bytes(data) if self._binary else bytes(data).decode(self._encoding, self._errors)

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._in += data
        return True

    def readline(self, size=-1):
        self._check(True)
        while True:
            end = self._in.find(b"\n")
            if end >= 0 and (size < 0 or end < size):
                end += 1
                break
            if 0 <= size <= len(self._in):
                end = size
                break
            if not self._fill():
                end = len(self._in)
                break
        line = self._in[:end]
        del self._in[:end]
        return self._result(line)

    def read(self, size=-1):
        self._check(True)
        if size is None or size < 0:
            while self._fill():
                pass
            size = len(self._in)
        while len(self._in) < size and self._fill():
            pass
        data = self._in[:size]
        del self._in[:size]
        return self._result(data)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check(False)
        raw = data if self._binary else data.encode(self._encoding, self._errors)
        if self._binary and isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._out.append(bytes(raw))
        if self._unbuffered:
            self.flush()
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._out:
            data = b"".join(self._out)
            self._out = []
            self._sock.sendall(data)

    def fileno(self):
        return self._sock.fileno()

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def close(self):
        if not self.closed:
            try:
                if self._writing:
                    self.flush()
            finally:
                self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """Connects a TCP socket to ADDRESS (host, port)."""
    host, port = address
    error = None
    for family, kind, proto, _, addr in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = socket(family, kind, proto)
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(addr)
            return sock
        except OSError as e:
            error = e
            sock.close()
    if error is not None:
        raise error
    raise OSError("getaddrinfo returns an empty list")


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False,
                  dualstack_ipv6=False):
    """A listening TCP socket bound to ADDRESS, with SO_REUSEADDR."""
    if reuse_port:
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6:
        raise ValueError("dualstack_ipv6 not supported on this platform")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=""):
    return name or gethostname()
