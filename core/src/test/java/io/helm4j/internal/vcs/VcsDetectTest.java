package io.helm4j.internal.vcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The kind of a repository told from its URL alone, on the table of Masterminds/vcs v1.13.3's own
 * {@code TestVCSLookup} (its cases that need no network: those answered by the host, the scheme, the suffix or the
 * user name; a URL none of them tells is left to the {@code go-get} lookup, here {@code Cannot detect VCS}).
 */
class VcsDetectTest {
    @Test
    void kindsFromMastermindsTable() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("https://github.com/Masterminds/VCSTestRepo", "git");
        cases.put("https://bitbucket.org/mattfarina/atest", "git");
        cases.put("https://launchpad.net/govcstestbzrrepo/trunk", "bzr");
        cases.put("https://launchpad.net/~mattfarina/+junk/mygovcstestbzrrepo", "bzr");
        cases.put("https://launchpad.net/~mattfarina/+junk/mygovcstestbzrrepo/trunk", "bzr");
        cases.put("https://git.launchpad.net/govcstestgitrepo", "git");
        cases.put("https://git.launchpad.net/~mattfarina/+git/mygovcstestgitrepo", "git");
        cases.put("https://hub.jazz.net/git/user1/pkgname", "git");
        cases.put("https://hub.jazz.net/git/user1/pkgname/subpkg/subpkg/subpkg", "git");
        cases.put("https://example.com/foo/bar.git", "git");
        cases.put("https://example.com/foo/bar.svn", "svn");
        cases.put("https://example.com/foo/bar/baz.bzr", "bzr");
        cases.put("https://example.com/foo/bar/baz.hg", "hg");
        cases.put("https://git.openstack.org/foo/bar", "git");
        cases.put("git@github.com:Masterminds/vcs.git", "git");
        cases.put("git@example.com:foo.git", "git");
        cases.put("ssh://bitbucket.org/mattfarina/testhgrepo", "git");
        cases.put("git@bitbucket.org:mattfarina/glide-bitbucket-example.git", "git");
        cases.put("git+ssh://example.com/foo/bar", "git");
        cases.put("git://example.com/foo/bar", "git");
        cases.put("bzr+ssh://example.com/foo/bar", "bzr");
        cases.put("svn+ssh://example.com/foo/bar", "svn");
        cases.put("git@example.com:foo/bar", "git");
        cases.put("hg@example.com:foo/bar", "hg");
        cases.put("http://hg.code.sf.net/p/masterminds/test", "hg");
        cases.put("http://git.code.sf.net/p/masterminds/test", "git");
        cases.put("http://svn.code.sf.net/p/masterminds/test", "svn");
        cases.forEach((url, kind) -> assertThat(VcsDetect.fromUrl(url)).as(url).isEqualTo(kind));
    }

    @Test
    void urlsThatTellNothingAreLeftUndetected() {
        for (String url : new String[] {"https://github.com/masterminds", "https://hubs.jazz.net/git/user1/pkgname",
            "src/nosuch", "file:///nonexistent/repo"}) {
            assertThatThrownBy(() -> VcsDetect.fromUrl(url)).as(url).isInstanceOf(VcsException.class)
                    .hasMessage("Cannot detect VCS");
        }
    }
}
