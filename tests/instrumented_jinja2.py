"""The Jinja2 backend of the public pages, telling the test client what each page rendered.

Django's test client learns a response's templates and context from the `template_rendered`
signal, which only Django's own templates send; this backend sends it for Jinja2 pages too, so
that tests can read `response.context` whatever the engine. Used by the test settings only.
"""

from django.template.backends import jinja2
from django.test.signals import template_rendered


class Template(jinja2.Template):
    def __init__(self, template, backend):
        super().__init__(template, backend)
        self.name = template.name

    def render(self, context=None, request=None):
        html = super().render(context, request)
        template_rendered.send(sender=self, template=self, context=dict(context or {}))
        return html


class Jinja2(jinja2.Jinja2):
    def get_template(self, template_name):
        return Template(super().get_template(template_name).template, self)

    def from_string(self, template_code):
        return Template(self.env.from_string(template_code), self)
