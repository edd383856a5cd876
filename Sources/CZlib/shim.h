#ifndef COURSECHECK_CZLIB_SHIM_H
#define COURSECHECK_CZLIB_SHIM_H

// zlib (Debian's zlib1g-dev): raw deflate for zip entries, and their CRC-32.
#include <zlib.h>

// inflateInit2 is a macro; Swift sees this function instead.
static inline int coursecheck_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
