package dev.termbot.cli;

import dev.termbot.core.PlatformProvider;
import dev.termbot.core.SettingsBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The chat platforms this build knows: the one list the command line consults, filled by
 * {@link ServiceLoader} from {@code META-INF/services/dev.termbot.core.PlatformProvider} (one line per
 * platform). Which platforms exist, their settings blocks, which ones {@code run} starts and their
 * secrets all come from here. Immutable.
 */
final class Platforms {
    private static final Platforms INSTALLED = new Platforms(ServiceLoader.load(PlatformProvider.class).stream()
            .<PlatformProvider<?>>map(ServiceLoader.Provider::get).toList());

    private final List<PlatformProvider<?>> providers;

    Platforms(List<PlatformProvider<?>> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The platforms registered on the class path. */
    static Platforms installed() {
        return INSTALLED;
    }

    List<PlatformProvider<?>> providers() {
        return providers;
    }

    List<String> names() {
        return providers.stream().map(PlatformProvider::name).toList();
    }

    Optional<PlatformProvider<?>> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return providers.stream().filter(p -> p.name().equals(wanted)).findFirst();
    }

    /** The platforms whose secrets are present in {@code env}, in registration order. */
    List<String> configured(Map<String, String> env) {
        return providers.stream().filter(p -> p.isConfigured(env)).map(PlatformProvider::name).toList();
    }

    /** Every platform's settings as an empty block gives them. */
    Map<String, PlatformSettings<?>> defaults() {
        Map<String, PlatformSettings<?>> defaults = new LinkedHashMap<>();
        for (PlatformProvider<?> provider : providers) {
            defaults.put(provider.name(), PlatformSettings.read(provider, EMPTY));
        }
        return defaults;
    }

    /** A block with no keys: every getter gives its fallback, so nothing can be rejected. */
    private static final SettingsBlock EMPTY = new SettingsBlock() {
        @Override
        public String text(String key, String fallback) {
            return fallback;
        }

        @Override
        public String choice(String key, List<String> allowed, String fallback) {
            return fallback;
        }

        @Override
        public int integer(String key, int min, int max, int fallback) {
            return fallback;
        }

        @Override
        public List<String> list(String key, List<String> fallback) {
            return fallback;
        }

        @Override
        public Optional<SettingsBlock> block(String key, List<String> keys) {
            return Optional.empty();
        }

        @Override
        public void reject(String key, String problem) {
            throw new IllegalStateException("an empty settings block has no '" + key + "' to reject: " + problem);
        }
    };
}
