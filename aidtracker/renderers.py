"""The form renderer of the site (settings.FORM_RENDERER): Django's widgets drawn by Jinja2.

Django ships each of its widget templates twice, for its own template language and for Jinja2,
and they write the same HTML. The admin's pledge form has some 500 to 700 <option>s (a currency
menu of 156 for the pledge, for each of its stages, and in the templates of a new stage and a new
corroboration); drawn one template include each by Django's language, they were most of the time
an editor waited for the form.
Jinja2 compiles its templates to Python and draws them several times faster.

Templates that exist only for Django's language (the admin's own widgets, such as its related-
object links) are drawn by it, as before.
"""

from django.forms.renderers import BaseRenderer, DjangoTemplates, Jinja2
from django.template import TemplateDoesNotExist


class FormRenderer(BaseRenderer):
    """Django's Jinja2 widget templates where it has them, its own language's otherwise."""

    def __init__(self):
        self.jinja2 = Jinja2()
        self.django = DjangoTemplates()

    def get_template(self, template_name):
        try:
            return self.jinja2.get_template(template_name)
        except TemplateDoesNotExist:
            return self.django.get_template(template_name)
