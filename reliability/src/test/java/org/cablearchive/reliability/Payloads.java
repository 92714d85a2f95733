package org.cablearchive.reliability;

import java.util.List;

/**
 * Classic filter-evasion strings. Each one that could run sets {@code window.__xss} (or calls
 * {@code alert}), so a browser test can tell whether anything ran. The numbers make a failure
 * point at the payload that got through.
 */
final class Payloads {
  /** Text planted in subjects, bodies, tags, references, origins and the classifying officer. */
  static final List<String> TEXT = List.of(
      "<script>window.__xss=1</script>",
      "<img src=x onerror=\"window.__xss=2\">",
      "<svg onload=window.__xss=3>",
      "\"><script>window.__xss=4</script>",
      "'-alert(5)-'",
      "&lt;script&gt;window.__xss=6&lt;/script&gt;",
      "%3Cscript%3Ewindow.__xss=7%3C%2Fscript%3E",
      "+ADw-script+AD4-window.__xss=8+ADw-/script+AD4-",
      "<scr\u0000ipt>window.__xss=9</scr\u0000ipt>",
      "</textarea><script>window.__xss=10</script>",
      "<iframe srcdoc=\"<script>parent.__xss=11</script>\"></iframe>",
      "<div style=\"width:expression(window.__xss=12)\">x</div>",
      "<a href=\"jav&#x09;ascript:window.__xss=13\">click</a>",
      "</title><script>window.__xss=14</script>",
      "<body onload=window.__xss=15>",
      "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=16>",
      "<details open ontoggle=window.__xss=17>",
      "<object data=\"javascript:window.__xss=18\"></object>",
      "<base href=\"javascript:window.__xss=19//\">",
      "{{constructor.constructor('window.__xss=20')()}}",
      "]]><script>window.__xss=21</script>",
      "<![CDATA[<script>window.__xss=22</script>]]>",
      "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=23\">",
      "<a href=\"&#106;avascript:window.__xss=24\">x</a>",
      "`${window.__xss=25}`",
      "<style>@import 'javascript:window.__xss=26';</style>",
      "\u2028\u2029</script><script>window.__xss=27</script>",
      "<form action=javascript:window.__xss=28><button>go</button></form>",
      "<input autofocus onfocus=window.__xss=29>",
      "<embed src=\"data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MzA8L3NjcmlwdD4=\">",
      "<SCRIPT SRC=//example.invalid/x.js></SCRIPT>",
      "<<script>script>window.__xss=32<</script>/script>",
      "<img src=`x` onerror=window.__xss=33>",
      "<svg><script>window.__xss=34</script></svg>",
      "<noscript><p title=\"</noscript><img src=x onerror=window.__xss=35>\">");

  /** Press-article links: addresses a careless page would put in an {@code href}. */
  static final List<String> LINKS = List.of(
      "javascript:window.__xss=101",
      "JaVaScRiPt:window.__xss=102",
      " javascript:window.__xss=103",
      "jav\tascript:window.__xss=104",
      "data:text/html,<script>window.__xss=105</script>",
      "vbscript:msgbox(106)",
      "http://example.com/\"onmouseover=\"window.__xss=107",
      "https://example.com/?q=<script>window.__xss=108</script>",
      "//example.invalid/109",
      "http://example.com/press/story.html");

  private Payloads() {}
}
