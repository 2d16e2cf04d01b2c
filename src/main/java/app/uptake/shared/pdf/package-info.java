/** PDF building blocks for the modules that publish documents: embedded fonts with full Unicode coverage. */
@NamedInterface("pdf")
package app.uptake.shared.pdf;

import org.springframework.modulith.NamedInterface;
