# Sourced by ../families/generate.sh for each case of this directory (the chart in $d): the chart gets keywords,
# files of 481, 513, 769 and 5000 bytes and one starting with a UTF-8 byte order mark, and Helm runs with TZ=UTC
# (FamiliesOracleTest.smallerGoItemsRenderLikeHelm4 builds the same chart).
printf 'apiVersion: v2\nname: c\nversion: 0.1.0\nkeywords: [zeta, alpha, mid]\n' > "$d/Chart.yaml"
for n in 481 513 769 5000; do head -c "$n" /dev/zero | tr '\0' x > "$d/f$n.txt"; done
printf '\357\273\277ab' > "$d/bom.txt"
export TZ=UTC
