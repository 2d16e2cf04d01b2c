/** What the shared UI needs from whoever manages accounts, without depending on that module. */
@NamedInterface("security")
package app.uptake.shared.security;

import org.springframework.modulith.NamedInterface;
