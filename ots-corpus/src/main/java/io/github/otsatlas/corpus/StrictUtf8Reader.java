package io.github.otsatlas.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream as strict UTF-8, a buffer at a time: overlong forms, surrogates and
 * truncated sequences are errors (Jackson's own UTF-8 reader accepts overlong forms), and an
 * error says at which byte, line and column it lies. An initial byte order mark is dropped.
 * Memory is two small buffers, whatever the size of the stream. Thread-confined.
 */
final class StrictUtf8Reader extends Reader {
  /** A malformed byte sequence, with its place. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    final long offset;
    final int line;
    final int column;

    Malformed(long offset, int line, int column) {
      super("malformed byte sequence at byte " + offset);
      this.offset = offset;
      this.line = line;
      this.column = column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private boolean eof;
  private boolean flushed;
  private boolean first = true;
  // bytes decoded so far; the line they end on; the offset at which that line began
  private long consumed;
  private int line = 1;
  private long lineStart;

  StrictUtf8Reader(InputStream in) {
    this.in = in;
    bytes.limit(0);
    chars.limit(0);
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buffer, off, n);
    return n;
  }

  /** Decodes more chars into the empty char buffer; returns false at the end of the stream. */
  private boolean fill() throws IOException {
    while (!flushed) {
      chars.clear();
      // Top the bytes up when few are left: an incomplete sequence needs the next ones.
      if (!eof && bytes.remaining() < 8) {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
      }
      int from = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, eof);
      count(from, bytes.position());
      if (result.isError()) {
        throw new Malformed(consumed, line, (int) (consumed - lineStart + 1));
      }
      if (eof && !bytes.hasRemaining() && decoder.flush(chars).isUnderflow()) {
        flushed = true;
      }
      chars.flip();
      if (first && chars.hasRemaining()) {
        first = false;
        if (chars.get(chars.position()) == '\uFEFF') {
          chars.get();
        }
      }
      if (chars.hasRemaining()) {
        return true;
      }
    }
    return false;
  }

  /** Counts the bytes just decoded and the line breaks among them. */
  private void count(int from, int to) {
    byte[] a = bytes.array();
    for (int i = from; i < to; i++) {
      if (a[i] == '\n') {
        line++;
        lineStart = consumed + (i - from) + 1;
      }
    }
    consumed += to - from;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
