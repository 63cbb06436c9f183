<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign d = page.data>
<@l.frame>
<section class="section" aria-labelledby="responsible">
  <@l.h2 "responsible"/>
  <p><#if d.controller??>${d.controller} is responsible for the personal data used in this scheme.<#else>The scheme lead is responsible for the personal data used in this scheme.</#if>
  We use it on the basis of ${d.lawfulBasis}.</p>
  <#if d.contact??><p>Questions about your data: <#if d.contactHref??><a href="${d.contactHref}">${d.contact}</a><#else>${d.contact}</#if>.</p></#if>
</section>
<section class="section" aria-labelledby="collected"><@l.h2 "collected"/><@l.bullets d.collected/></section>
<section class="section" aria-labelledby="who-sees">
  <@l.h2 "who-sees"/>
  <p>Your questionnaire answers are used only to make pairs.</p>
  <#if d.confidential><p><strong>Answers to confidential questions are seen by the matcher only<#if d.matcher??> (${d.matcher?uncap_first})</#if>.</strong> They are never shared with your mentor or mentee, never published and never used for anything but matching.</p></#if>
  <p>Survey results are reported only for groups of ${d.minGroupSize} people or more, so that no one can be identified.</p>
</section>
<section class="section" aria-labelledby="how-long">
  <@l.h2 "how-long"/>
  <p>Matching and survey data is deleted ${d.retention} after the scheme ends.</p>
</section>
<section class="section" aria-labelledby="rights">
  <@l.h2 "rights"/>
  <p>You can ask to see, correct or delete your data at any time, and you can leave the scheme without giving a reason.</p>
</section>
</@l.frame>
