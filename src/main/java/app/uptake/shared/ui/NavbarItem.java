package app.uptake.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a module puts into the top bar beside the user menu, such as the notification bell. The shell finds
 * the implementations as Spring beans and asks each for a new component per layout, so it knows no module.
 */
public interface NavbarItem {

    /** A new component for one layout instance (one browser tab); it belongs to that UI only. */
    Component create();
}
