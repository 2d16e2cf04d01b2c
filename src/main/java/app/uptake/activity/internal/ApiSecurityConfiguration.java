package app.uptake.activity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The REST API's own security: stateless, authenticated by per-source API keys, no session, no CSRF (no
 * cookies are involved), and ordered before the Vaadin chain that handles everything else.
 */
@Configuration
class ApiSecurityConfiguration {

    static final String API_PATHS = "/api/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator authenticator) throws Exception {
        http.securityMatcher(API_PATHS, "/v3/api-docs", "/v3/api-docs/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiKeyFilter(authenticator), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().hasRole(ApiClient.ROLE))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        (request, response, e) -> ApiProblems.write(response, 401, "Unauthorized", "No valid API key.")));
        return http.build();
    }

    /** The caller of an API request: the data source its key belongs to. */
    static final class ApiClient extends AbstractAuthenticationToken {

        static final String ROLE = "API_CLIENT";
        private final ApiKeyAuthenticator.Check.Accepted key;

        ApiClient(ApiKeyAuthenticator.Check.Accepted key) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
            this.key = key;
            setAuthenticated(true);
        }

        ApiKeyAuthenticator.Check.Accepted key() {
            return key;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "api:" + key.sourceCode();
        }
    }

    /** Reads the key from {@code Authorization: Bearer} or {@code X-Api-Key}; refuses with 401 and a reason. */
    private static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeyAuthenticator authenticator;

        ApiKeyFilter(ApiKeyAuthenticator authenticator) {
            this.authenticator = authenticator;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            String key = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7)
                    : request.getHeader("X-Api-Key");
            switch (authenticator.check(key, request.getRemoteAddr())) {
                case ApiKeyAuthenticator.Check.Accepted accepted -> {
                    SecurityContextHolder.getContext().setAuthentication(new ApiClient(accepted));
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }
                case ApiKeyAuthenticator.Check.Refused refused ->
                        ApiProblems.write(response, 401, "Unauthorized", refused.detail());
            }
        }
    }
}
