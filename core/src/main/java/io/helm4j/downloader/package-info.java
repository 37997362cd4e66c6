/**
 * Helm's {@code pkg/downloader}: chart references resolved and fetched as Helm 4 does for {@code template},
 * {@code show}, {@code install}, {@code upgrade} and {@code pull}. One entry point, {@link
 * io.helm4j.downloader.ChartDownloader}: {@code locate} (Helm's {@code LocateChart}: a local path as is, anything
 * else downloaded into the content cache), {@code downloadTo} (Helm's {@code DownloadTo}, what {@code pull}
 * writes) and {@code download} (the bytes and where they came from, for callers that place them themselves,
 * such as a dependency build). References: a local directory or archive, {@code repo/chart} from the cached
 * index of a repository in {@code repositories.yaml}, an http(s) URL, a chart name with a repository URL
 * ({@code --repo}), and {@code oci://} references; versions are Masterminds constraints, {@code devel}
 * meaning {@code >0.0.0-0}. {@link io.helm4j.downloader.ContentCache} is Helm 4's content-addressed cache
 * ({@code $HELM_CACHE_HOME/content/XX/SHA256.chart}), every entry checked against its digest before use.
 */
package io.helm4j.downloader;
