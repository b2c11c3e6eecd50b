/**
 * github-env's script reading, against the cases of zizmor's own unit tables (bash, cmd and
 * PowerShell), recreated: which writes to GITHUB_ENV / GITHUB_PATH count as computed.
 */
import { describe, expect, it } from '@jest/globals';
import { envFileWrites } from '../../../src/gates/workflow-policy/rules/github-env.js';

const BASH: [string, boolean][] = [
  ['echo $foo >> $GITHUB_ENV', true],
  ['echo $foo $bar >> $GITHUB_ENV', true],
  ['echo multiple-args $foo >> $GITHUB_ENV', true],
  ['echo $foo multiple-args >> $GITHUB_ENV', true],
  ['echo $foo >> "$GITHUB_ENV"', true],
  ['echo $foo >> ${GITHUB_ENV}', true],
  ['echo $foo >> "${GITHUB_ENV}"', true],
  ['echo FOO=$(bar) >> $GITHUB_ENV', true],
  ['echo FOO=`bar` >> $GITHUB_ENV', true],
  ['echo $(bar) >> $GITHUB_ENV', true],
  ['echo "PACKAGE=$(echo ${GITHUB_REF} | cut -d \'/\' -f 3)" >> ${GITHUB_ENV}', true],
  ['unknown-command >> $GITHUB_ENV', true],
  ['unknown-command $foo >> $GITHUB_ENV', true],
  ["unknown-command 'some args' >> $GITHUB_ENV", true],
  ['echo $foo > $GITHUB_ENV', true],
  ['echo $foo > "${GITHUB_ENV}"', true],
  ['echo $foo>>$GITHUB_ENV', true],
  ['echo $foo>>"${GITHUB_ENV}"', true],
  ['echo $foo >> \\\n $GITHUB_ENV', true],
  ['something | tee $GITHUB_ENV', true],
  ['something | tee $GITHUB_ENV | something-else', true],
  ['something | tee "${GITHUB_ENV}"', true],
  ['something|tee $GITHUB_ENV', true],
  ['echo "${{ github.event.pull_request.title }}" >> $GITHUB_ENV', true],
  ['echo "$message" >> $GITHUB_PATH', true],
  ['cat <<EOF >> "$GITHUB_ENV"\nA=b\nEOF', true],
  ['echo $foo >> $OTHER_ENV # not $GITHUB_ENV', false],
  ['echo $foo >> GITHUB_ENV', false],
  ['echo $foo | tee GITHUB_ENV', false],
  ['echo $foo | tee $GITHUB', false],
  ['echo $foo | tee $GITHUB_ENVX', false],
  ['echo completely-static >> $GITHUB_ENV', false],
  ["echo 'completely-static' >> $GITHUB_ENV", false],
  ['echo \'completely-static\' "foo" >> $GITHUB_ENV', false],
  ['echo "completely-static" >> $GITHUB_ENV', false],
  ['printf "BUNDLE_WITH=avo\\nRAILS_GROUPS=avo\\n" >> "$GITHUB_ENV"', false],
  ['echo "name=$x" >> "$GITHUB_OUTPUT"', false]
];

const CMD: [string, boolean][] = [
  ['echo LIBRARY=%LIBRARY%>>%GITHUB_ENV%', true],
  ['echo LIBRARY=%LIBRARY%>> %GITHUB_ENV%', true],
  ['echo LIBRARY=%LIBRARY% >> "%GITHUB_ENV%"', true],
  ['echo>>"%GITHUB_ENV%" %%a=%%b', true],
  ['echo LIBRARY=%LIBRARY% >> %OTHER%', false]
];

const PWSH: [string, boolean][] = [
  ['foo >> ${env:GITHUB_ENV}', true],
  ['foo >> "$env:GITHUB_ENV"', true],
  ['foo > $env:GITHUB_ENV', true],
  ['foo >> $ENV:GitHub_Env', true],
  ['echo "CUDA=$env:CUDA" | Out-File -FilePath $env:GITHUB_ENV -Encoding utf8 -Append', true],
  ['Add-Content -Path $env:GITHUB_ENV -Value "V=$v"', true],
  ['Set-Content -Path $env:GITHUB_ENV -Value "tag=$tag"', true],
  ['[Text.Encoding]::UTF8.GetBytes("N=$n") |\nSet-Content -Path $Env:GITHUB_ENV -NoNewline', true],
  ['echo "B=${{ env.B }}" | Tee-Object -Append -FilePath "${env:GITHUB_ENV}"', true],
  ['echo "foo" | OUT-FILE $Env:GitHub_Env -Append', true],
  ['foo >> bar # not $env:GITHUB_ENV', false],
  ['echo "foo" | out-file bar -Append # not $env:GITHUB_ENV', false],
  ['foo >> GITHUB_ENV', false],
  ['foo >> $GITHUB_ENV', false]
];

describe('github-env script reading (zizmor unit cases)', () => {
  it.each(BASH)('bash: %s → %s', (script, writes) => {
    expect(envFileWrites(script, 'bash').length > 0).toBe(writes);
  });
  it.each(CMD)('cmd: %s → %s', (script, writes) => {
    expect(envFileWrites(script, 'cmd').length > 0).toBe(writes);
  });
  it.each(PWSH)('pwsh: %s → %s', (script, writes) => {
    expect(envFileWrites(script, 'pwsh').length > 0).toBe(writes);
  });
});
