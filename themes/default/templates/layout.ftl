<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every page: skip link, header with logo, search and "Get support", chapter list,
     breadcrumbs, in-page contents, previous/next links and the footer with support contacts.
     Presentation only: every value comes from the page and site views built in Java. -->
<#macro frame>
<!DOCTYPE html>
<html lang="${site.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title><#if page.slug == "index">${site.scheme.name} · ${site.organisation.name}<#else>${page.title} · ${site.scheme.name}</#if></title>
<#if page.summary??><meta name="description" content="${page.summary}"></#if>
<link rel="stylesheet" href="css/site.css">
<style>:root{<#list site.colours as c>${c.name}:${c.value};</#list>}</style>
</head>
<body class="page-${page.type}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="brand" href="index.html">
      <#if site.organisation.logo??><img class="brand__logo" src="${site.organisation.logo.href}" alt=""></#if>
      <span class="brand__text">
        <span class="brand__org">${site.organisation.name}</span>
        <span class="brand__scheme">${site.scheme.name}</span>
      </span>
    </a>
    <form class="search-form" role="search" action="${site.searchHref}" method="get">
      <label class="visually-hidden" for="site-search">Search the handbook</label>
      <input id="site-search" name="q" type="search" placeholder="Search the handbook" autocomplete="off">
      <button type="submit">Search</button>
    </form>
    <a class="support-link" href="${site.supportHref}">Get support</a>
  </div>
</header>
<div class="layout">
  <nav class="sidebar" aria-label="Chapters">
    <details class="sidebar__details" open>
      <summary class="sidebar__toggle">${site.navHeading}</summary>
      <ol class="sidebar__list">
        <#list page.nav as item>
        <#if item.gap??>
        <li class="sidebar__gap"><a href="${item.href}">${item.title}</a></li>
        <#else>
        <li><a href="${item.href}"<#if item.slug == page.slug> aria-current="page"</#if>>${item.title}</a></li>
        </#if>
        </#list>
      </ol>
      <#if site.contents??>
      <p class="sidebar__all"><a href="${site.contents.href}"<#if page.href == site.contents.href> aria-current="page"</#if>>${site.contents.title}</a></p>
      </#if>
    </details>
  </nav>
  <main id="main" tabindex="-1">
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <#list page.breadcrumbs as crumb>
        <li><#if crumb.current??><span aria-current="page">${crumb.title}</span><#else><a href="${crumb.href}">${crumb.title}</a></#if></li>
        </#list>
      </ol>
    </nav>
    <article class="article" data-search-body>
      <header class="page-header">
        <#if page.slug == "index">
        <p class="page-header__kicker">${site.organisation.name}<#if site.scheme.cohort??> · ${site.scheme.cohort}</#if></p>
        <h1>${site.scheme.name}</h1>
        <#else>
        <h1>${page.title}</h1>
        </#if>
        <#if page.summary??><p class="lede">${page.summary}</p></#if>
        <#if page.audience??><p class="audience">Mainly for: ${page.audience}</p></#if>
      </header>
      <#if page.showToc>
      <nav class="toc" aria-labelledby="toc-heading" data-search-skip>
        <h2 id="toc-heading" class="toc__heading">On this page</h2>
        <ol>
          <#list page.toc as entry><li><a href="#${entry.id}">${entry.title}</a></li></#list>
        </ol>
      </nav>
      </#if>
      <#if page.intro && !(page.data.introLast!false)><div class="prose intro">${content.body?no_esc}</div></#if>
      <#nested>
      <#if page.intro && (page.data.introLast!false)><div class="prose intro">${content.body?no_esc}</div></#if>
    </article>
    <#if page.prev?? || page.next??>
    <nav class="pager" aria-label="Previous and next">
      <#if page.prev??><a class="pager__link pager__link--prev" href="${page.prev.href}" rel="prev"><span class="pager__label">Previous</span> <span class="pager__title">${page.prev.title}</span></a></#if>
      <#if page.next??><a class="pager__link pager__link--next" href="${page.next.href}" rel="next"><span class="pager__label">Next</span> <span class="pager__title">${page.next.title}</span></a></#if>
    </nav>
    </#if>
  </main>
</div>
<footer class="site-footer">
  <div class="site-footer__inner">
    <h2 class="site-footer__heading">If you need support</h2>
    <ul class="signposts">
      <#list site.signposts as sp>
      <li class="signpost">
        <strong>${sp.name}</strong>
        <#if sp.phone??><br><a href="${sp.tel}">${sp.phone}</a></#if>
        <#if sp.email??><br><a href="${sp.mailto}">${sp.email}</a></#if>
        <#if sp.url??><br><a href="${sp.url}">${sp.url}</a></#if>
      </li>
      </#list>
    </ul>
    <p class="site-footer__meta">
      <a href="${site.supportHref}">Get support</a>
      <#if site.privacyHref??> · <a href="${site.privacyHref}">Privacy</a></#if>
      <#if site.contact?? && site.contact.email??> · Questions about the scheme: <a href="mailto:${site.contact.email}">${site.contact.email}</a></#if>
      <#if site.contact?? && site.contact.intranet??> · <a href="${site.contact.intranet}">${site.organisation.name} intranet</a></#if>
    </p>
    <p class="site-footer__meta">${site.scheme.name} handbook, published by ${site.organisation.name}.</p>
  </div>
</footer>
<script src="js/site.js"></script>
</body>
</html>
</#macro>

<#macro h2 id><h2 id="${id}">${page.data.heading[id]}</h2></#macro>

<#macro bullets items><#if items?has_content><ul><#list items as item><li>${item}</li></#list></ul></#if></#macro>

<#macro when date><time datetime="${date.iso}">${date.text}</time></#macro>
