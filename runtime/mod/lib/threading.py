# threading: CPython's threading API over cooperative tasks (_thread). A
# Thread is a task of the job that starts it; a blocking call (a lock, a
# socket, sleep) lets the other tasks run. The job returns once its
# non-daemon threads have ended. Frozen into the runtime by uniconf-freeze.
import _thread
from _thread import get_ident, get_native_id, stack_size, TIMEOUT_MAX
from time import monotonic as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "local", "get_native_id", "stack_size"]

Lock = _thread.allocate_lock
RLock = _thread.RLock
ThreadError = _thread.error

# Each task's Thread object is kept by the runtime (_thread._self); these
# hold the live threads and each job's main thread, by ident.
_active = {}
_mains = {}     # ident of a job's own task -> its _MainThread
_counter = 0    # for the names Thread-N


def _next_name(target):
    global _counter
    _counter += 1
    name = "Thread-%d" % _counter
    if target is not None:
        try:
            name += " (%s)" % target.__name__
        except AttributeError:
            pass
    return name


class Condition:
    """Waiting for a state that other threads change under LOCK."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter blocks on a lock of its own that notify() releases.
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            else:
                notified = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        result = predicate()
        while not result:
            if timeout is not None:
                if end is None:
                    end = _time() + timeout
                left = end - _time()
                if left <= 0:
                    break
                self.wait(left)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    """A flag that threads wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """PARTIES threads wait() until all have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            generation = self._generation
            self._count += 1
            if self._count == self._parties:
                if self._action:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(
                    lambda: self._generation != generation or self._broken, timeout):
                self._break()
                raise BrokenBarrierError
            if self._broken:
                raise BrokenBarrierError
            return index

    def _break(self):
        self._broken = True
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._break()
            self._broken = False
            self._count = 0
            self._generation += 1

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Thread:
    """A function run by a task of its own in the job that starts it."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._name = str(name) if name is not None else _next_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else bool(daemon)
        self._ident = None
        self._started = False
        self._stopped = False
        self._done = None
        self._initialized = True

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._done = Lock()
        self._done.acquire()
        self._started = True
        try:
            self._ident = _thread._start(self._bootstrap, self._name, self._daemonic)
        except BaseException:
            self._started = False
            raise
        _active[self._ident] = self

    def _bootstrap(self):
        _thread._set_self(self)
        try:
            self.run()
        finally:
            self._stopped = True
            del _active[self._ident]
            self._done.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._stopped:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        return self._started and not self._stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None and not self._stopped:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    """The task that runs a job's script."""

    def __init__(self, ident):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = ident


class _DummyThread(Thread):
    """A task started by _thread.start_new_thread, seen from threading."""

    def __init__(self, ident):
        Thread.__init__(self, name="Dummy-%d" % ident, daemon=True)
        self._started = True
        self._ident = ident

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    thread = _thread._self()
    if thread is None:
        ident = get_ident()
        if ident == _thread._main_ident():
            thread = main_thread()
        else:
            thread = _DummyThread(ident)
        _thread._set_self(thread)
    return thread


currentThread = current_thread


def main_thread():
    """The thread that runs the calling job's script."""
    ident = _thread._main_ident()
    thread = _mains.get(ident)
    if thread is None:
        thread = _mains[ident] = _MainThread(ident)
    return thread


def enumerate():
    return [main_thread()] + [t for t in _active.values() if t.is_alive()]


def active_count():
    return 1 + len(_active)  # the main thread, and the started ones not yet ended


activeCount = active_count


class Timer(Thread):
    """Calls FUNCTION(*ARGS, **KWARGS) after INTERVAL seconds unless cancel()ed."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Attributes with a value per thread."""

    def __init__(self):
        object.__setattr__(self, "_local__values", {})

    def _values(self):
        return object.__getattribute__(self, "_local__values").setdefault(get_ident(), {})

    def __getattr__(self, name):
        try:
            return local._values(self)[name]
        except KeyError:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name)) from None

    def __setattr__(self, name, value):
        local._values(self)[name] = value

    def __delattr__(self, name):
        try:
            del local._values(self)[name]
        except KeyError:
            raise AttributeError(name) from None


def settrace(func):
    pass


def setprofile(func):
    pass
