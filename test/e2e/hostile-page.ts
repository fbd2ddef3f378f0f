/**
 * A printed page whose one article (by 胡文洁, politics) carries markup and XML
 * specials in its title and text, and a very long line: what the end-to-end
 * tests add to the seeds to prove the real Worker keeps hostile text inert and
 * its feeds well-formed. The parser reads it as one article with this title.
 */
export const HOSTILE_TITLE = `<img src=x onerror="alert(1)">市里召开<script>alert(2)</script>会议`;
export const HOSTILE_TEXT = "11月6日，市里召开会议，讨论 a < b && c > d 以及 ]]> 的问题，会议强调要加强工作。";
export const HOSTILE_PAGE =
  `\n\n${HOSTILE_TITLE}\n\n株洲日报(全媒体记者/胡文洁) ${HOSTILE_TEXT}\n\n` +
  `会议指出，要进一步扛牢政治责任、加强科学统筹、突出问题导向、强化严实作风，推动各项工作落实落细。"引号"与'单引号'\u202E${"长".repeat(10_000)}\n`;
