package app.uptake.incentives.statement;

import app.uptake.shared.DateRange;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Many statements as one ZIP, written entry by entry to a stream, so that a run of 10,000 employees needs the memory
 * of one PDF at a time (and the ZIP's directory, about a hundred bytes an entry), not of all of them.
 *
 * <p>Each entry is named {@code <period>_<employee id>_<name>.pdf} ({@link #entryName}), dated with the run's
 * publication time in the company's zone, so the same statements give the same ZIP. {@link #close()} finishes the
 * ZIP and flushes it, but leaves the stream open for its owner (a download or a file) to close.
 */
public final class StatementZip implements Closeable {

    private static final int MAX_SLUG = 60;

    private final ZipOutputStream zip;
    private int entries;

    public StatementZip(OutputStream out) {
        this.zip = new ZipOutputStream(new KeepOpen(Objects.requireNonNull(out, "out")));
        // PDFs are compressed inside already; the fastest level still shrinks their structure
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /**
     * Adds a statement under its stable name.
     *
     * @return the entry's name
     */
    public String add(StatementContent content, RenderedStatement statement) {
        String name = entryName(content.period(), content.employee());
        add(name, statement.pdf(), LocalDateTime.ofInstant(content.publishedAt(), content.zone()));
        return name;
    }

    /**
     * Adds a file. A name that is already in the ZIP is refused ({@link java.util.zip.ZipException}, wrapped).
     *
     * @param modified the entry's date, as the ZIP stores it: a local date-time without zone
     */
    public void add(String name, byte[] content, LocalDateTime modified) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(modified);
        try {
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries++;
    }

    /** How many entries were added. */
    public int entries() {
        return entries;
    }

    /** Writes the ZIP's directory and flushes; the underlying stream stays open. */
    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stable name of an employee's statement: {@code 2026-Q3_4711_lukasz-dvorak.pdf}. The period code sorts in
     * time ({@link StatementPeriod#code}); the employee id keeps names unique; the name is for people and is reduced
     * to lowercase ASCII letters, digits and hyphens, so every ZIP tool and file system takes it.
     */
    public static String entryName(DateRange period, StatementEmployee employee) {
        return StatementPeriod.code(period) + "_" + idPart(employee.id()) + "_" + slug(employee.name()) + ".pdf";
    }

    /** "Łukasz Dvořák" → "lukasz-dvorak", "Jürgen Weiß" → "juergen-weiss"; "employee" when nothing is left. */
    public static String slug(String name) {
        String text = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("æ", "ae").replace("œ", "oe")
                .replace("þ", "th").replace("ı", "i");
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "employee" : slug;
    }

    private static String idPart(String id) {
        String part = id.replaceAll("[^A-Za-z0-9-]+", "-");
        return part.isEmpty() ? "-" : part;
    }

    /** Lets the ZIP finish without closing the stream it writes to. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
