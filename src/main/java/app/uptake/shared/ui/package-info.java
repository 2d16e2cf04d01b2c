/** Shared UI building blocks (application shell, error pages, notifications) that every module's views use. */
@NamedInterface("ui")
package app.uptake.shared.ui;

import org.springframework.modulith.NamedInterface;
