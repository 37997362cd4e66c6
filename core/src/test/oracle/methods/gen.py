#!/usr/bin/env python3
"""Writes cases.txt: every exported method of the typed values templates reach (time.Time, time.Duration,
*semver.Version, time.Month/Weekday), each called with no argument, good arguments and wrong ones, for Helm 4.3.2
to judge (generate.sh). Fixed dates only."""
T = ['(toDate "2006-01-02 15:04:05" "2020-02-29 13:45:30")',
     '(toDate "2006-01-02 15:04:05.000000000 -0700" "2021-12-31 23:59:59.987654321 +0530")',
     '(toDate "2006-01-02" "0001-01-01")']
D = ['(toDuration "1h3m7.5s")', '(toDuration "-90m30.25s")', '(toDuration "0s")']
S = ['(semver "1.2.3")', '(semver "v1.2.3-beta.1+build.5")', '(semver "0.0.0-0")']
time_methods = ["Add", "AddDate", "After", "AppendBinary", "AppendFormat", "AppendText", "Before", "Clock",
                "Compare", "Date", "Day", "Equal", "Format", "GoString", "GobEncode", "GobDecode", "Hour",
                "ISOWeek", "In", "IsDST", "IsZero", "Local", "Location", "MarshalBinary", "MarshalJSON",
                "MarshalText", "Minute", "Month", "Nanosecond", "Round", "Second", "String", "Sub", "Truncate",
                "UTC", "Unix", "UnixMicro", "UnixMilli", "UnixNano", "UnmarshalJSON", "Weekday", "Year",
                "YearDay", "Zone", "ZoneBounds", "Nope"]
dur_methods = ["Abs", "Hours", "Microseconds", "Milliseconds", "Minutes", "Nanoseconds", "Round", "Seconds",
               "String", "Truncate", "Nope"]
sem_methods = ["Compare", "Equal", "GreaterThan", "GreaterThanEqual", "IncMajor", "IncMinor", "IncPatch",
               "LessThan", "LessThanEqual", "MarshalJSON", "MarshalText", "Major", "Metadata", "Minor", "Original",
               "Patch", "Prerelease", "SetMetadata", "SetPrerelease", "String", "UnmarshalJSON", "UnmarshalText",
               "Scan", "Value", "Nope"]
args = ['', ' 1', ' "x"', ' 1 2 3', ' -1 0 400', ' (toDuration "90m")', ' (toDuration "-7m")', ' (toDuration "0s")',
        ' (toDuration "24h")', ' (toDuration "1ns")']
targs = [' %s' % t for t in T]
sargs = [' %s' % s for s in S] + [' "rc.1"', ' "b.2"', ' "01"', ' ""', ' "a..b"']
out = []
for r in T:
    for m in time_methods:
        for a in ['', ' 1', ' "x"', ' 1 2 3', ' (toDuration "90m")', targs[1], ' nil']:
            out.append('{{ $x := (%s.%s%s) }}{{ printf "%%T|%%v" $x $x }}' % (r, m, a))
for r in D:
    for m in dur_methods:
        for a in ['', ' 1', ' "x"', ' 1 2', ' (toDuration "90m")', ' (toDuration "-7m")', ' (toDuration "0s")']:
            out.append('{{ $x := (%s.%s%s) }}{{ printf "%%T|%%v" $x $x }}' % (r, m, a))
for r in S:
    for m in sem_methods:
        for a in ['', ' 1'] + sargs:
            out.append('{{ $x := (%s.%s%s) }}{{ printf "%%T|%%v" $x $x }}' % (r, m, a))
# printed directly (text/template's own printing), and chains the issue named
extra = [
    '{{ (toDate "2006-01-02" "2020-01-01").AddDate 1 2 3 | date "2006-01-02" }}',
    '{{ (semver "1.2.3").IncMajor }}', '{{ (semver "1.2.3-rc.1").IncPatch }}', '{{ (semver "1.2.3").IncMinor.Original }}',
    '{{ ((toDuration "1h3m7s").Round (toDuration "1m")) }}', '{{ (toDuration "1h3m7s").Truncate (toDuration "1h") }}',
    '{{ ((semver "1.2.3").SetPrerelease "rc.1").String }}', '{{ (semver "1.2.3").SetPrerelease "01" }}',
    '{{ (semver "1.2.3").SetMetadata "a.b" }}', '{{ (semver "1.2.3").SetMetadata "a..b" }}',
    '{{ (toDate "2006-01-02" "2020-01-31").AddDate 0 1 0 }}', '{{ (toDate "2006-01-02" "2020-01-31").AppendFormat nil "2006" }}',
    '{{ (toDate "2006-01-02" "2020-01-31").Round (toDuration "24h") }}', '{{ (toDate "2006-01-02" "2020-01-31").Location }}',
    '{{ (toDate "2006-01-02" "2020-01-31").Month.String }}', '{{ (toDate "2006-01-02" "2020-01-31").Weekday.String }}',
    '{{ (toDate "2006-01-02" "2020-01-31").Month 1 }}', '{{ (toDate "2006-01-02" "2020-01-31").Month.Nope }}',
    '{{ (toDate "2006-01-02" "2020-01-31").Sub (toDate "2006-01-02" "2019-01-31") }}',
    '{{ ((toDate "2006-01-02" "2020-01-31").Sub (toDate "2006-01-02" "2019-01-31")).Hours }}',
    '{{ (toDate "2006-01-02" "2020-01-31").MarshalJSON | toString }}', '{{ (semver "1.2.3").MarshalJSON | toString }}',
    '{{ (toDate "2006-01-02" "2020-01-31").ISOWeek }}', '{{ (toDate "2006-01-02" "2020-01-31").Zone }}',
]
out += extra
# the typed values Helm's render values hold: their methods and fields, called as templates can
for e in ['.Capabilities.KubeVersion', '.Capabilities.KubeVersion.String', '.Capabilities.KubeVersion.GitVersion',
          '.Capabilities.KubeVersion.Version', '.Capabilities.KubeVersion.Major', '.Capabilities.KubeVersion.Minor',
          '.Capabilities.KubeVersion.Nope', '.Capabilities.KubeVersion.String 1', '.Capabilities.APIVersions.Has "v1"',
          '.Capabilities.APIVersions.Has', '.Capabilities.APIVersions.Has 1', '.Capabilities.APIVersions.Nope',
          '.Capabilities.HelmVersion.Nope', '.Capabilities.Nope', '.Capabilities.Copy',
          '.Chart.Validate', '.Chart.Name', '.Chart.Nope', '.Chart.IsRoot', '.Chart.ChartFullPath',
          '.Release.Name', '.Release.IsInstall', '.Release.Nope', '.Template.Name', '.Template.BasePath',
          '.Files.Get "two.txt"', '.Files.GetBytes "two.txt"', '.Files.Glob "*.txt" | keys | sortAlpha',
          '.Files.Lines "two.txt"', '.Files.AsConfig', '(.Files.Glob "t*.txt").AsConfig',
          '(.Files.Glob "t*.txt").AsSecrets', '(.Files.Glob "t*.txt").Glob "*"', '.Files.Nope', '.Files.Get',
          '.Files.Get 1', '.Files.Lines', '.Files.Glob']:
    out.append('{{ $x := (%s) }}{{ printf "%%T|%%v" $x $x }}' % e)
with open(__file__.rsplit('/', 1)[0] + '/cases.txt', 'w') as f:
    f.write('# Written by gen.py: every method of time.Time, time.Duration, *semver.Version, with Helm 4.3.2 judging.\n')
    f.write('\n'.join(out) + '\n')
print(len(out))
