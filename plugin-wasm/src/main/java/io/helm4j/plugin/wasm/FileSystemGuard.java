package io.helm4j.plugin.wasm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasi.WasiOptions;
import io.helm4j.plugin.PluginException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directories a WebAssembly plugin was granted, enforced in front of WASI: each grant is a WASI preopen
 * (descriptors 3, 4... in order), and every WASI function that takes a path is checked before it runs. A path
 * that leaves its directory ({@code ..}, an absolute path, a symbolic link pointing out), or a write under a
 * read-only grant (creating, truncating, opening for writing or appending, removing, renaming, linking, writing
 * to a descriptor opened there), stops the plugin with an error naming it and the capability. Descriptors opened
 * under a grant are tracked so a subdirectory's descriptor keeps its grant.
 */
final class FileSystemGuard {
    /** A granted directory: seen at {@code guest}, lives at {@code host}, declared by {@code capability}. */
    record Grant(String guest, Path host, boolean readOnly, String capability) {
    }

    /** What a descriptor refers to: a place inside a grant ({@code rel} is relative to its root). */
    private record Place(Grant grant, Path rel) {
        String guestPath() {
            String r = rel.toString();
            return r.isEmpty() ? grant.guest : grant.guest.replaceAll("/+$", "") + "/" + r;
        }
    }

    private static final long WRITE_RIGHTS = (1L << 6) | (1L << 8) | (1L << 22); // fd_write, fd_allocate, set_size
    private static final int OFLAGS_WRITE = 1 | 4 | 8; // creat, excl, trunc
    private static final int FDFLAG_APPEND = 1;

    private final String plugin;
    private final List<Grant> grants;
    private final Map<Integer, Place> fds = new HashMap<>();

    FileSystemGuard(String plugin, List<Grant> grants) {
        this.plugin = plugin;
        this.grants = List.copyOf(grants);
        for (int i = 0; i < this.grants.size(); i++) {
            fds.put(3 + i, new Place(this.grants.get(i), Path.of("")));
        }
    }

    /** Each grant as a WASI preopen, in the order their descriptors are numbered. */
    void preopen(WasiOptions.Builder wasi) {
        grants.forEach(g -> wasi.withDirectory(g.guest, g.host));
    }

    /** {@code f} behind the checks of its kind, or {@code f} itself when it takes no path and writes nothing. */
    HostFunction guard(HostFunction f) {
        WasmFunctionHandle h = f.handle();
        WasmFunctionHandle checked = switch (f.name()) {
            case "path_open" -> (inst, a) -> open(inst, h, a);
            case "path_create_directory", "path_remove_directory", "path_unlink_file" -> (inst, a) -> {
                check(inst, (int) a[0], a[1], a[2], true);
                return h.apply(inst, a);
            };
            case "path_readlink" -> (inst, a) -> {
                check(inst, (int) a[0], a[1], a[2], false);
                return h.apply(inst, a);
            };
            case "path_filestat_get", "path_filestat_set_times" -> (inst, a) -> {
                check(inst, (int) a[0], a[2], a[3], f.name().endsWith("set_times"));
                return h.apply(inst, a);
            };
            case "path_rename" -> (inst, a) -> {
                check(inst, (int) a[0], a[1], a[2], true);
                check(inst, (int) a[3], a[4], a[5], true);
                return h.apply(inst, a);
            };
            case "path_link" -> (inst, a) -> {
                check(inst, (int) a[0], a[2], a[3], false);
                check(inst, (int) a[4], a[5], a[6], true);
                return h.apply(inst, a);
            };
            case "path_symlink" -> (inst, a) -> {
                throw denied("creating the symbolic link " + string(inst, a[3], a[4]) + " is not allowed (a link "
                        + "could point outside its paths)");
            };
            case "fd_write", "fd_pwrite", "fd_allocate", "fd_filestat_set_size", "fd_filestat_set_times" ->
                    (inst, a) -> {
                        Place p = fds.get((int) a[0]);
                        if (p != null && p.grant.readOnly) {
                            throw readOnly("writing", p);
                        }
                        return h.apply(inst, a);
                    };
            case "fd_renumber" -> (inst, a) -> {
                long[] r = h.apply(inst, a);
                if (r != null && r.length > 0 && r[0] == 0) {
                    Place from = fds.remove((int) a[0]);
                    fds.remove((int) a[1]);
                    if (from != null) {
                        fds.put((int) a[1], from);
                    }
                }
                return r;
            };
            case "fd_close" -> (inst, a) -> {
                long[] r = h.apply(inst, a);
                fds.remove((int) a[0]);
                return r;
            };
            default -> null;
        };
        return checked == null ? f : new HostFunction(f.module(), f.name(), f.functionType(), checked);
    }

    /** {@code path_open(fd, dirflags, path, len, oflags, rights, inheriting, fdflags, *fd)}. */
    private long[] open(Instance inst, WasmFunctionHandle h, long[] a) {
        boolean write = ((int) a[4] & OFLAGS_WRITE) != 0 || (a[5] & WRITE_RIGHTS) != 0
                || ((int) a[7] & FDFLAG_APPEND) != 0;
        Place target = check(inst, (int) a[0], a[2], a[3], write);
        long[] r = h.apply(inst, a);
        if (target != null && r != null && r.length > 0 && r[0] == 0) {
            fds.put(inst.memory().readInt((int) a[8]), target);
        }
        return r;
    }

    /** The place {@code path} names under descriptor {@code fd}, refused when outside or writing to read-only. */
    private Place check(Instance inst, int fd, long ptr, long len, boolean write) {
        String path = string(inst, ptr, len);
        Place base = fds.get(fd);
        if (base == null) {
            return null; // not a directory of ours: WASI answers EBADF or ENOTDIR itself
        }
        Path rel = base.rel.resolve(path).normalize();
        String verb = write ? "writing" : "reading";
        if (path.startsWith("/") || rel.startsWith("..")) {
            throw outside(verb, path.startsWith("/") ? path : base.guestPath() + "/" + path);
        }
        Place place = new Place(base.grant, rel);
        if (!inside(base.grant.host, base.grant.host.resolve(rel.toString()))) {
            throw outside(verb, place.guestPath() + " (a symbolic link)");
        }
        if (write && base.grant.readOnly) {
            throw readOnly(verb, place);
        }
        return place;
    }

    /** Whether {@code p}, its links followed as far as it exists, stays under {@code root}. */
    private static boolean inside(Path root, Path p) {
        try {
            Path realRoot = root.toRealPath();
            Path existing = p;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && existing.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String string(Instance inst, long ptr, long len) {
        return inst.memory().readString((int) ptr, (int) len);
    }

    private String grantsText() {
        StringBuilder b = new StringBuilder();
        for (Grant g : grants) {
            b.append(b.isEmpty() ? "" : ", ").append(g.guest).append(g.readOnly ? " (read-only)" : " (read-write)");
        }
        return b.isEmpty() ? "none" : b.toString();
    }

    private PluginException outside(String verb, String guestPath) {
        return denied(verb + " " + guestPath + " is outside its paths (runtimeConfig.allowedPaths: " + grantsText()
                + ")");
    }

    private PluginException readOnly(String verb, Place p) {
        return denied(verb + " " + p.guestPath() + ": " + p.grant.guest + " is read-only (" + p.grant.capability
                + ")");
    }

    private PluginException denied(String what) {
        return new PluginException(plugin, "plugin \"" + plugin + "\": fileSystem: " + what);
    }
}
