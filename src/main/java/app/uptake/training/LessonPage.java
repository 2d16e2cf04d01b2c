package app.uptake.training;

/**
 * One lesson of an assigned module, ready to show.
 *
 * @param position 1-based
 * @param html     the lesson rendered safely (raw HTML escaped, unsafe links emptied), one {@code div.lesson}
 */
public record LessonPage(String moduleId, String moduleTitle, int position, int lessonCount, String title,
        String html) {

    public boolean hasPrevious() {
        return position > 1;
    }

    public boolean hasNext() {
        return position < lessonCount;
    }
}
