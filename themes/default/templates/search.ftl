<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.frame>
<div class="search-page" data-search-skip>
  <form class="search-page__form" role="search" action="search.html" method="get">
    <label for="search-query">Search every page of the handbook</label>
    <div class="search-page__row">
      <input id="search-query" name="q" type="search" autocomplete="off">
      <button type="submit">Search</button>
    </div>
  </form>
  <p id="search-status" class="search-page__status" role="status" aria-live="polite">Type a word or two, for example "confidential" or "first meeting".</p>
  <ol id="search-results" class="search-results"></ol>
  <noscript><p>Search needs JavaScript. <#if site.contents??>Every page is listed on <a href="${site.contents.href}">the contents page</a>.<#else>Every page is listed under "All chapters".</#if></p></noscript>
</div>
<script src="js/search-index.js"></script>
<script src="js/search.js"></script>
</@l.frame>
