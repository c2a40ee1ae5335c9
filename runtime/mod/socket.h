/* socket.h: the socket objects of _socket.c, for the select module. */
#ifndef UNICONF_MOD_SOCKET_H
#define UNICONF_MOD_SOCKET_H

#include <uniconf/py.h>
#include <uniconf/sock.h>

/* The open socket a select()/poll() argument stands for: a socket object,
 * a file descriptor number one gave, or an object with fileno(). Raises
 * TypeError/ValueError as CPython's select does, OSError(EBADF) for a
 * closed socket. *FILENO gets its number. */
struct uc_sock *mod_socket_of(py_val object, int *fileno);

/* The open socket with descriptor number FILENO, or NULL. */
struct uc_sock *mod_socket_lookup(int64_t fileno);

#endif
