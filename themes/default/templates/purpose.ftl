<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="problem">
  <@l.h2 "problem"/>
  <p class="callout callout--problem">${d.problem!}</p>
</section>
<section class="section" aria-labelledby="aims">
  <@l.h2 "aims"/>
  <@l.bullets d.aims/>
</section>
<section class="section" aria-labelledby="objectives">
  <@l.h2 "objectives"/>
  <ul class="objectives">
    <#list d.objectives as o>
    <li class="objective" id="${o.id}">
      <p class="objective__text">${o.text}</p>
      <#if o.measures?has_content>
      <p class="objective__measures">Measured by:
        <#list o.measures as m><#if m.href??><a href="${m.href}">${m.title}</a><#else>${m.title}</#if><#sep>; </#list>
      </p>
      </#if>
    </li>
    </#list>
  </ul>
</section>
<#if d.strategyLinks?has_content>
<section class="section" aria-labelledby="strategy"><@l.h2 "strategy"/><@l.bullets d.strategyLinks/></section>
</#if>
<#if d.outOfScope?has_content>
<section class="section" aria-labelledby="out-of-scope"><@l.h2 "out-of-scope"/>
  <p>The scheme is not a route for:</p><@l.bullets d.outOfScope/>
</section>
</#if>
<#if page.data.heading["voices"]??>
<section class="section" aria-labelledby="voices">
  <@l.h2 "voices"/>
  <#if d.consultations?has_content>
  <p>Before the scheme was planned, we asked the people it is for what they needed.</p>
  <ul class="plain-list">
    <#list d.consultations as c>
    <li><strong>${c.method}</strong><#if c.with??> with ${c.with}</#if><#if c.date??>, <@l.when c.date/></#if><#if c.summary??>: ${c.summary}</#if></li>
    </#list>
  </ul>
  </#if>
  <#if d.steeringGroup?has_content>
  <h3>Steering group</h3>
  <ul class="plain-list">
    <#list d.steeringGroup as m><li>${m.role}<#if m.represents??> (represents ${m.represents})</#if></li></#list>
  </ul>
  </#if>
</section>
</#if>
</@l.frame>
